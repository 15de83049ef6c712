package org.concord.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.concord.catalog.QuestionnaireLibrary;
import org.concord.kernel.PageRequest;
import org.concord.kernel.Refusal;
import org.concord.questionnaire.Questionnaire;
import org.concord.report.JobLedger;
import org.concord.report.Report;
import org.concord.report.ReportArchive;
import org.concord.report.ReportFiles;
import org.concord.report.ReportJob;
import org.concord.report.ReportJobs;
import org.concord.report.ReportOrders;
import org.concord.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Report jobs for analysts' scripts, as the Reports page runs them (HR only): start a raw data
 * export (one questionnaire version, optionally one campaign, closed waves only) or a campaign's
 * team report, poll the job's progress, list the archived workbooks and download one when done
 * (every generation and download audited by the report services, as on the page).
 */
@Path("/reports")
@RequestScoped
@Tag(name = "reports")
@Allowed(Role.HR)
@Produces(Docs.JSON)
public class ReportsResource {

    @Inject
    private ReportJobs jobs;

    @Inject
    private ReportArchive archive;

    @Inject
    private ReportOrders orders;

    @Inject
    private QuestionnaireLibrary library;

    @Inject
    private ApiCaller caller;

    @Context
    private UriInfo uri;

    /** A report job: its state (QUEUED, RUNNING, DONE, FAILED), progress and, once done, its report. */
    @Schema(name = "ReportJob")
    public record JobView(String id, String state, int percent, Long report) {
    }

    /** An archived workbook. */
    @Schema(name = "Report")
    public record ReportView(long id, String kind, String title, String generatedBy, Instant generatedAt, String fileName,
                             long sizeBytes) {
    }

    @GET
    @Operation(summary = "List the archived reports", description = "Newest first, paged")
    @APIResponse(responseCode = "200", description = "One page of reports",
            content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "reports", value =
                    "{\"items\":[{\"id\":3,\"kind\":\"RAW_EXPORT\",\"title\":\"Raw data ...\",\"generatedBy\":\"hana\","
                            + "\"generatedAt\":\"2026-03-21T10:00:00Z\",\"fileName\":\"raw-export-....xlsx\","
                            + "\"sizeBytes\":48211}],\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    public ListBody<ReportView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, null, Set.of(), Map.of());
        return ListBody.slice(archive.all().stream().map(ReportsResource::view).toList(), request);
    }

    @POST
    @Path("/raw-export")
    @Consumes(Docs.JSON)
    @Operation(summary = "Start a raw data export",
            description = "questionnaire: a version's key (id.vN); campaignId optional (all closed waves when left out); "
                    + "refused for an open wave")
    @RequestBody(required = true, content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "raw",
            value = "{\"questionnaire\":\"team-cooperation-climate.v1\",\"campaignId\":7}")))
    @APIResponse(responseCode = "202", description = "The job, started; poll it",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    @APIResponse(responseCode = "409", description = "The wave is still open")
    public Response rawExport(String body) {
        JsonInput input = JsonInput.read(body, Set.of("questionnaire", "campaignId"));
        String key = input.requiredText("questionnaire");
        Questionnaire chosen = library.all().stream().filter(q -> q.key().equals(key)).findFirst()
                .orElseThrow(() -> new Refusal("api.report.questionnaire").on("questionnaire"));
        Integer campaignId = input.integer("campaignId");
        String job = orders.rawExport(chosen, campaignId == null ? null : campaignId.longValue(), caller.locale(),
                caller.username());
        return started(job);
    }

    @POST
    @Path("/team-report")
    @Consumes(Docs.JSON)
    @Operation(summary = "Start a campaign's team report", description = "The teams the caller may see; closed waves only")
    @RequestBody(required = true, content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "team",
            value = "{\"campaignId\":7}")))
    @APIResponse(responseCode = "202", description = "The job, started; poll it",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    @APIResponse(responseCode = "409", description = "The wave is still open, or has no team to show")
    public Response teamReport(String body) {
        Integer campaignId = JsonInput.read(body, Set.of("campaignId")).integer("campaignId");
        if (campaignId == null) {
            throw new Refusal("api.json.required").on("campaignId");
        }
        String job = orders.teamReport(campaignId, caller.policy(), caller.locale(), caller.username());
        return started(job);
    }

    @GET
    @Path("/jobs/{job}")
    @Operation(summary = "A report job's progress", description = "report is set once the job is DONE")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public JobView job(@PathParam("job") String job) {
        return jobs.find(job).map(status -> view(job, status))
                .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "api.report.jobNotFound"));
    }

    @GET
    @Path("/{report}/file")
    @Produces({ReportFiles.XLSX_CONTENT_TYPE, Docs.PROBLEM})
    @Operation(summary = "Download an archived report (audited report.downloaded)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ReportFiles.XLSX_CONTENT_TYPE))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public Response download(@PathParam("report") long report) {
        Report found = archive.find(report).orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "reports.gone"));
        java.nio.file.Path file = archive.download(report, caller.username())
                .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "reports.gone"));
        return Response.ok(file.toFile(), ReportFiles.XLSX_CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + found.getFileName() + "\"").build();
    }

    private Response started(String job) {
        JobView view = jobs.find(job).map(status -> view(job, status))
                .orElseGet(() -> new JobView(job, ReportJob.State.QUEUED.name(), 0, null));
        return Response.accepted(view).location(uri.getBaseUriBuilder().path("reports").path("jobs").path(job)
                .build()).build();
    }

    private static JobView view(String job, JobLedger.Status status) {
        return new JobView(job, status.state().name(), status.percent(), status.reportId());
    }

    private static ReportView view(Report report) {
        return new ReportView(report.getId(), report.getKind().name(), report.getTitle(), report.getGeneratedBy(),
                report.getGeneratedAt(), report.getFileName(), report.getSizeBytes());
    }
}
