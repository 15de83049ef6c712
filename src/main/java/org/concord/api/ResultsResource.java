package org.concord.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.concord.kernel.Refusal;
import org.concord.results.OrganisationReport;
import org.concord.results.OrganisationReportService;
import org.concord.results.TeamReport;
import org.concord.results.TeamReportService;
import org.concord.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A campaign wave's results, read through the same services as {@code /hr/organisation.xhtml}
 * and {@code /manager/team.xhtml}, so through the same disclosure gate: nothing at all while the
 * wave is open (409, the counts are at {@code /campaigns/{id}/status}), a team below the
 * anonymity threshold refused with the page's "fewer than N respondents" (409), withheld teams
 * in the organisation view with no number, and a manager only their own teams (403).
 */
@Path("/campaigns/{id}/results")
@RequestScoped
@Tag(name = "results")
@Produces(Docs.JSON)
@APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
@APIResponse(responseCode = "409", description = "The wave is still open, or the team has too few respondents to show",
        content = @Content(mediaType = Docs.PROBLEM, schema = @Schema(implementation = ProblemDocument.class),
                examples = @ExampleObject(name = "open", value = "{\"type\":\"urn:concord:problem:conflict\","
                        + "\"title\":\"The request clashes with the record's state\",\"status\":409,\"detail\":"
                        + "\"Results are released when the wave closes (2026-03-20).\",\"instance\":"
                        + "\"/api/v1/campaigns/7/results\",\"errors\":[{\"field\":null,\"detail\":"
                        + "\"Results are released when the wave closes (2026-03-20).\"}]}")))
public class ResultsResource {

    @Inject
    private OrganisationReportService organisation;

    @Inject
    private TeamReportService teams;

    @Inject
    private ApiCaller caller;

    @GET
    @Allowed(Role.HR)
    @Operation(summary = "The organisation view of a closed wave (HR)",
            description = "Every team side by side per questionnaire (withheld teams: shown false, no number), "
                    + "and each scale's alpha and ICC over the shown teams; never a total over the teams")
    @APIResponse(responseCode = "200", description = "The organisation view",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = OrganisationReport.class)))
    public OrganisationReport organisation(@PathParam("id") long id) {
        OrganisationReport report = organisation.report(id, caller.locale())
                .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "api.campaign.notFound"));
        if (!report.released()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "api.results.open", report.closesOn());
        }
        return report;
    }

    @GET
    @Path("/teams/{team}")
    @Allowed({Role.HR, Role.MANAGER})
    @Operation(summary = "One team's results in a closed wave (HR, or the team's own manager)",
            description = "Scale means with band, n and agreement, the cooperation x coordination view, the "
                    + "mechanisms, the advice and the change since the previous wave; a questionnaire the team is "
                    + "not shown on has no number")
    @APIResponse(responseCode = "200", description = "The team's results",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = TeamReport.class)))
    public TeamReport team(@PathParam("id") long id, @PathParam("team") long team) {
        TeamReport report = teams.report(id, team, caller.locale(), manager -> caller.policy().canSeeTeamManagedBy(manager))
                .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "api.results.notFound"));
        if (!report.released()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "api.results.open", report.closesOn());
        }
        if (!report.anyShown()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "api.results.tooFew", report.minGroupSize());
        }
        return report;
    }
}
