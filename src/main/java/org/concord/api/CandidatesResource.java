package org.concord.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.campaign.InvitationService;
import org.concord.candidate.Candidate;
import org.concord.candidate.CandidateService;
import org.concord.candidate.NewCandidate;
import org.concord.interview.CandidateProfile;
import org.concord.interview.ProfileService;
import org.concord.interview.RaterResult;
import org.concord.interview.ScaleResult;
import org.concord.interview.SelfReportService;
import org.concord.kernel.PageRequest;
import org.concord.kernel.Refusal;
import org.concord.privacy.CandidateExport;
import org.concord.privacy.PrivacyService;
import org.concord.scoring.StandardError;
import org.concord.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Candidates for an applicant tracker, as the recruiter's pages keep them and through the same
 * services, so with the same record rules: a recruiter sees the candidates they brought in,
 * HR all of them (to erase or export on request), nobody else. Create one with their consent,
 * issue their self-report link (shown once), read their status and profile (self-report scores
 * with band, 95% interval and percentile; the panel's ratings once each is submitted), erase
 * them, and download everything held about them. A candidate that does not exist is refused
 * like another recruiter's (403), so that ids tell nothing. Opening a profile is audited
 * {@code candidate.viewed} as on the page.
 */
@Path("/candidates")
@RequestScoped
@Tag(name = "candidates")
@Allowed({Role.RECRUITER, Role.HR})
@Produces(Docs.JSON)
public class CandidatesResource {

    private static final Set<String> FIELDS = Set.of("name", "email", "position", "retentionDays", "consentText",
            "consentGiven");

    @Inject
    private CandidateService candidates;

    @Inject
    private ProfileService profiles;

    @Inject
    private SelfReportService selfReports;

    @Inject
    private PrivacyService privacy;

    @Inject
    private ApiCaller caller;

    @Context
    private UriInfo uri;

    /** A candidate as listed and as their status reads. */
    @Schema(name = "Candidate")
    public record CandidateView(long id, String name, String email, String position, String recruiter,
                                Instant consentAt, int retentionDays, LocalDate deleteAfter, List<String> interviewers) {

        static CandidateView of(Candidate c) {
            return new CandidateView(c.getId(), c.getName(), c.getEmail(), c.getPosition(), c.getRecruiterUsername(),
                    c.getConsentAt(), c.getRetentionDays(), c.getDeleteAfter(), List.copyOf(new java.util.TreeSet<>(c.getInterviewers())));
        }
    }

    /** A candidate's status: their record, how far their self-report is, and how many interviews are in. */
    @Schema(name = "CandidateStatus")
    public record StatusView(CandidateView candidate, String selfReport, int interviewsSubmitted, int interviewsHidden) {
    }

    /** A self-report link, shown once. */
    @Schema(name = "SelfReportLink")
    public record LinkView(String url) {
    }

    /** A candidate's profile: self-report scales and the panel's submitted ratings the caller may read. */
    @Schema(name = "CandidateProfile")
    public record ProfileView(long candidate, String selfReport, List<ScaleView> selfReportScales,
                              List<RaterView> panel, int hiddenRaters) {
    }

    /**
     * One scale's score as the page shows it: score, band, 95% interval within the response range,
     * percentile against the norm group (with its size), alpha; each null with the reason it is not there.
     */
    @Schema(name = "ScaleScore")
    public record ScaleView(String scale, String name, Double score, String band, Double intervalLow, Double intervalHigh,
                            Double percentile, int normGroupSize, Double alpha, String missing) {
    }

    /** One interviewer's submitted ratings, per interview scale. */
    @Schema(name = "PanelRating")
    public record RaterView(String interviewer, List<ScaleView> scales, Map<String, Integer> ratings) {
    }

    @GET
    @Operation(summary = "List candidates", description = "A recruiter's own, or every candidate for HR; paged, "
            + "sort by name, position, createdAt or deleteAfter; filter name=")
    @APIResponse(responseCode = "200", description = "One page of candidates",
            content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "candidates", value =
                    "{\"items\":[{\"id\":51,\"name\":\"Bea Martin\",\"email\":\"bea@example.org\",\"position\":"
                            + "\"Buyer\",\"recruiter\":\"rita\",\"consentAt\":\"2026-03-02T09:00:00Z\","
                            + "\"retentionDays\":180,\"deleteAfter\":\"2026-08-29\",\"interviewers\":[]}],"
                            + "\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    public ListBody<CandidateView> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                       @QueryParam("sort") String sort, @QueryParam("name") String name) {
        PageRequest request = Paging.request(page, size, sort, CandidateService.SORTABLE.keySet(), Paging.byName(name));
        var found = candidates.page(caller.optional(), request);
        return new ListBody<>(found.rows().stream().map(CandidateView::of).toList(), found.total(),
                request.first() / request.size(), request.size());
    }

    @POST
    @Consumes(Docs.JSON)
    @Allowed(Role.RECRUITER)
    @Operation(summary = "Bring in a candidate, with their consent (recruiters)",
            description = "consentGiven must be true; consentText is the text the candidate agreed to, exactly as shown "
                    + "to them (Concord's own text in the caller's language when left out); retentionDays as on the page")
    @RequestBody(required = true, content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "candidate",
            value = "{\"name\":\"Bea Martin\",\"email\":\"bea@example.org\",\"position\":\"Buyer\","
                    + "\"retentionDays\":180,\"consentGiven\":true}")))
    @APIResponse(responseCode = "201", description = "The candidate",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = CandidateView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    public Response create(String body) {
        JsonInput input = JsonInput.read(body, FIELDS);
        String name = input.requiredText("name");
        String email = input.text("email");
        String position = input.text("position");
        Integer days = input.integer("retentionDays");
        int retention = days == null ? Candidate.DEFAULT_RETENTION_DAYS : days;
        boolean consent = input.bool("consentGiven", false);
        String consentText = input.text("consentText");
        if (consentText == null) {
            ApiTexts texts = ApiTexts.of(caller.locale());
            String shownPosition = position == null || position.isBlank() ? texts.format("recruiter.consent.position")
                    : position.strip();
            consentText = texts.format("recruiter.consent.text", shownPosition, retention);
        }
        Candidate candidate;
        try {
            candidate = candidates.create(caller.optional(), new NewCandidate(name, email, position, retention,
                    consentText, consent));
        } catch (Refusal refusal) {
            throw refusal.field() == null ? refusal : refusal.on(Map.of("consent", "consentGiven", "retention",
                    "retentionDays").getOrDefault(refusal.field(), refusal.field()));
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(candidate.getId())).build())
                .entity(CandidateView.of(candidate)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A candidate's record and status", description = "Audited candidate.viewed, as the page")
    @APIResponse(responseCode = "200", description = "The candidate's status",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = StatusView.class)))
    public StatusView status(@PathParam("id") long id) {
        CandidateProfile profile = profiles.profile(caller.optional(), id);
        privacy.viewed(caller.caller(), id);
        return new StatusView(CandidateView.of(profile.candidate()),
                profile.selfReportProgress() == null ? "NOT_ISSUED" : profile.selfReportProgress().name(),
                (int) profile.raters().stream().filter(RaterResult::submitted).count(), profile.hiddenRaters());
    }

    @POST
    @Path("/{id}/self-report-link")
    @Operation(summary = "Issue the candidate's self-report link",
            description = "Shown once (only its hash is kept); an earlier link stops working, its answers stay")
    @APIResponse(responseCode = "200", description = "The link",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = LinkView.class)))
    @APIResponse(responseCode = "409", description = "The self-report is already submitted")
    public LinkView link(@PathParam("id") long id) {
        String token = selfReports.issueLink(caller.optional(), id);
        return new LinkView(InvitationService.url(BaseAddress.of(uri), token));
    }

    @GET
    @Path("/{id}/profile")
    @Operation(summary = "A candidate's profile: self-report scores and the panel's submitted ratings",
            description = "What the candidate page shows the caller, never more: an interviewer sees others' ratings "
                    + "only once their own is submitted. Audited candidate.viewed.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = ProfileView.class)))
    public ProfileView profile(@PathParam("id") long id) {
        CandidateProfile profile = profiles.profile(caller.optional(), id);
        privacy.viewed(caller.caller(), id);
        String language = caller.language();
        ApiTexts texts = ApiTexts.of(caller.locale());
        List<ScaleView> self = profile.selfReportSubmitted()
                ? profile.selfReportScales().stream().map(s -> scale(s, language, texts)).toList() : List.of();
        List<RaterView> panel = profile.raters().stream().filter(RaterResult::submitted)
                .map(r -> new RaterView(r.rater(), r.scales().stream().map(s -> scale(s, language, texts)).toList(),
                        ratings(r)))
                .toList();
        return new ProfileView(id, profile.selfReportProgress() == null ? "NOT_ISSUED" : profile.selfReportProgress().name(),
                self, panel, profile.hiddenRaters());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Erase a candidate on request",
            description = "The candidate, their answers, scores, ratings, notes and report files go at once "
                    + "(audited candidate.erased, naming nobody)")
    @APIResponse(responseCode = "204", description = "Erased")
    public Response erase(@PathParam("id") long id) {
        candidates.manage(caller.optional(), id);
        privacy.erase(caller.caller(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/export")
    @Produces({Docs.JSON, Docs.PROBLEM})
    @Operation(summary = "Everything held about a candidate (JSON file)", description = "Audited candidate.exported")
    @APIResponse(responseCode = "200", description = "The candidate's record, consent, answers, scores, ratings, "
            + "notes, report files and audit entries", content = @Content(mediaType = Docs.JSON))
    public Response export(@PathParam("id") long id) {
        candidates.manage(caller.optional(), id);
        CandidateExport export = privacy.export(caller.caller(), id, caller.language());
        return Response.ok(export.content(), export.contentType() + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    private static ScaleView scale(ScaleResult result, String language, ApiTexts texts) {
        var interpretation = result.interpretation();
        boolean missing = result.missing() != null;
        Double score = missing ? null : interpretation.score().value();
        String band = interpretation.bandIfScored().map(b -> b.label().in(language)).orElse(null);
        StandardError.Interval interval = missing ? null : interpretation.interval().orElse(null);
        return new ScaleView(interpretation.scale().id(), interpretation.scale().name().in(language), score, band,
                interval == null ? null : interval.low(), interval == null ? null : interval.high(),
                result.percentile().available() ? result.percentile().value() : null, result.sampleSize(),
                result.alpha().available() ? result.alpha().value() : null,
                missing ? texts.format(result.missing().key(), result.missing().arguments().toArray()) : null);
    }

    private static Map<String, Integer> ratings(RaterResult rater) {
        Map<String, Integer> ratings = new java.util.LinkedHashMap<>();
        rater.ratings().forEach(r -> ratings.put(r.item().id(), r.rating()));
        return ratings;
    }
}
