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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import org.concord.assessment.PaperAnswerService;
import org.concord.assessment.PaperImport;
import org.concord.campaign.Campaign;
import org.concord.campaign.CampaignForm;
import org.concord.campaign.CampaignRow;
import org.concord.campaign.CampaignService;
import org.concord.campaign.InvitationMailer;
import org.concord.campaign.InvitationService;
import org.concord.campaign.IssuedLink;
import org.concord.campaign.IssuedLinks;
import org.concord.campaign.LinkMode;
import org.concord.campaign.MailJobs;
import org.concord.campaign.MailResult;
import org.concord.campaign.Team;
import org.concord.campaign.TeamCompletion;
import org.concord.kernel.PageRequest;
import org.concord.kernel.Refusal;
import org.concord.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HR's team campaigns, as {@code /hr/campaign.xhtml} runs them: create one, add teams, generate
 * the respondents' links (returned once: only their hashes are kept), e-mail invitations and
 * reminders as a mailing job, read the counts per team, and close the wave early for good
 * (audited {@code campaign.closed}), and import a wave's paper questionnaires from CSV through
 * the same checks as the campaign page.
 */
@Path("/campaigns")
@RequestScoped
@Tag(name = "campaigns")
@Allowed(Role.HR)
@Produces(Docs.JSON)
public class CampaignsResource {

    private static final Set<String> FIELDS = Set.of("name", "waveLabel", "opensOn", "closesOn", "minGroupSize",
            "linkMode", "teamIds", "questionnaires");
    private static final Set<String> SORTABLE = Set.of("name", "waveLabel", "opensOn", "closesOn");
    /** The request field each of the campaign service's field-less refusals concerns. */
    private static final Map<String, String> FIELD_OF = Map.of("hr.campaign.noTeam", "teamIds",
            "hr.team.notFound", "teamIds", "hr.campaign.noInstrument", "questionnaires",
            "hr.campaign.instrument", "questionnaires", "hr.campaign.instrumentTwice", "questionnaires",
            "hr.campaign.noLinkMode", "linkMode");
    /** The request field of each campaign page input a refusal may name. */
    private static final Map<String, String> PAGE_FIELDS = Map.of("threshold", "minGroupSize", "closes", "closesOn",
            "opens", "opensOn", "wave", "waveLabel");
    private static final String CAMPAIGN_EXAMPLE = "{\"name\":\"Team climate 2026\",\"waveLabel\":\"Before\","
            + "\"opensOn\":\"2026-03-02\",\"closesOn\":\"2026-03-20\",\"minGroupSize\":3,\"linkMode\":\"PERSONAL\","
            + "\"teamIds\":[101,102],\"questionnaires\":[\"cooperation-climate.v1\",\"coordination-maturity.v1\"]}";

    @Inject
    private CampaignService campaigns;

    @Inject
    private InvitationService invitations;

    @Inject
    private InvitationMailer mailer;

    @Inject
    private MailJobs mailJobs;

    @Inject
    private PaperAnswerService paper;

    @Inject
    private ApiCaller caller;

    @Inject
    private java.time.Clock clock;

    @Context
    private UriInfo uri;

    /** A campaign wave as HR set it up, and whether it is closed. */
    @Schema(name = "Campaign")
    public record CampaignView(long id, String name, String waveLabel, LocalDate opensOn, LocalDate closesOn,
                               int minGroupSize, LinkMode linkMode, List<TeamRef> teams, List<String> questionnaires,
                               boolean closed, Long previousWave) {
    }

    /** A team of a campaign. */
    @Schema(name = "TeamRef")
    public record TeamRef(long id, String name) {
    }

    /** Links just generated: shown once, never again. */
    @Schema(name = "IssuedLinks")
    public record LinksView(LinkMode mode, List<LinkView> links, int renewed, int kept, List<String> teamsWithoutMembers) {
    }

    /** One link: a member's personal one, or a team's shared one (no member, no e-mail). */
    @Schema(name = "Link")
    public record LinkView(String team, String member, String email, String url) {
    }

    /** A mailing of invitations or reminders, and how it went once finished. */
    @Schema(name = "Mailing")
    public record MailingView(String id, int percent, boolean finished, Integer sent, List<String> failed,
                              Integer withoutEmail, String refused) {
    }

    @GET
    @Operation(summary = "List campaigns", description = "Paged; sort by name, waveLabel, opensOn or closesOn; filter name=")
    @APIResponse(responseCode = "200", description = "One page of campaign waves",
            content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "campaigns", value =
                    "{\"items\":[{\"id\":7,\"name\":\"Team climate 2026\",\"waveLabel\":\"Before\","
                            + "\"opensOn\":\"2026-03-02\",\"closesOn\":\"2026-03-20\",\"linkMode\":\"PERSONAL\","
                            + "\"teams\":2,\"followUp\":false}],\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    public ListBody<CampaignRow> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                      @QueryParam("sort") String sort, @QueryParam("name") String name) {
        PageRequest request = Paging.request(page, size, sort, SORTABLE, Paging.byName(name));
        return ListBody.of(campaigns.page(request), request);
    }

    @POST
    @Consumes(Docs.JSON)
    @Operation(summary = "Create a campaign wave",
            description = "linkMode PERSONAL (one link per member) or SHARED (one per team); minGroupSize at least 3; "
                    + "questionnaires are team-member questionnaire keys (id.vN)")
    @RequestBody(required = true, content = @Content(mediaType = Docs.JSON,
            examples = @ExampleObject(name = "campaign", value = CAMPAIGN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The campaign made",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    public Response create(String body) {
        CampaignForm form = form(JsonInput.read(body, FIELDS));
        Campaign campaign = withFields(() -> campaigns.create(form, caller.username()));
        CampaignView view = view(campaign.getId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One campaign wave")
    @APIResponse(responseCode = "200", description = "The campaign",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public CampaignView one(@PathParam("id") long id) {
        return view(id);
    }

    @POST
    @Path("/{id}/teams")
    @Consumes(Docs.JSON)
    @Operation(summary = "Add teams to a campaign", description = "Teams can be added while the wave is open, "
            + "even once links exist; a closed wave cannot change")
    @RequestBody(required = true, content = @Content(mediaType = Docs.JSON,
            examples = @ExampleObject(name = "teams", value = "{\"teamIds\":[103]}")))
    @APIResponse(responseCode = "200", description = "The campaign with its teams",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public CampaignView addTeams(@PathParam("id") long id, String body) {
        Campaign campaign = require(id);
        List<Long> added = JsonInput.read(body, Set.of("teamIds")).ids("teamIds");
        if (added.isEmpty()) {
            throw new Refusal("api.json.required").on("teamIds");
        }
        CampaignForm form = CampaignForm.of(campaign);
        List<Long> teams = new ArrayList<>(form.getTeamIds());
        added.stream().filter(t -> !teams.contains(t)).forEach(teams::add);
        form.setTeamIds(teams);
        withFields(() -> campaigns.update(id, form));
        return view(id);
    }

    @POST
    @Path("/{id}/links")
    @Operation(summary = "Generate the respondents' links",
            description = "Returned once: Concord keeps only their hashes. New links for everyone who has not started "
                    + "(their old links stop working), none for those who have started; a shared link is replaced.")
    @APIResponse(responseCode = "200", description = "The links",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = LinksView.class),
                    examples = @ExampleObject(name = "links", value = "{\"mode\":\"PERSONAL\",\"links\":[{\"team\":"
                            + "\"Sales\",\"member\":\"Ada Martin\",\"email\":\"ada.martin@example.org\",\"url\":"
                            + "\"https://concord.example.org/respond/answer.xhtml?t=Zm9v...\"}],\"renewed\":0,\"kept\":0,"
                            + "\"teamsWithoutMembers\":[]}")))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = Docs.CONFLICT)
    public LinksView links(@PathParam("id") long id) {
        requireOpen(require(id));
        IssuedLinks issued = invitations.issue(id, BaseAddress.of(uri));
        return new LinksView(issued.mode(), issued.links().stream().map(CampaignsResource::link).toList(),
                issued.renewed(), issued.kept(), issued.teamsWithoutMembers());
    }

    @POST
    @Path("/{id}/invitations")
    @Operation(summary = "E-mail every member their personal link",
            description = "Starts a mailing job (new links for those who have not started); poll it at "
                    + "/campaigns/{id}/mailings/{mailing}. language: en or fr")
    @RequestBody(content = @Content(mediaType = Docs.JSON,
            examples = @ExampleObject(name = "language", value = "{\"language\":\"fr\"}")))
    @APIResponse(responseCode = "202", description = "The mailing, started",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = MailingView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "No mail server set, or the wave is closed or has shared links")
    public Response invite(@PathParam("id") long id, String body) {
        Campaign campaign = require(id);
        Locale locale = mailLocale(body);
        requireOpen(campaign);
        requireMail(campaign);
        return started(id, mailJobs.invite(id, BaseAddress.of(uri), null, locale));
    }

    @POST
    @Path("/{id}/reminders")
    @Operation(summary = "E-mail a reminder to every member who has not finished",
            description = "Each gets a new link; their answers so far stay with it. Poll the mailing job.")
    @RequestBody(content = @Content(mediaType = Docs.JSON,
            examples = @ExampleObject(name = "language", value = "{\"language\":\"en\"}")))
    @APIResponse(responseCode = "202", description = "The mailing, started",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = MailingView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "No mail server set, or the wave is closed or has shared links")
    public Response remind(@PathParam("id") long id, String body) {
        Campaign campaign = require(id);
        Locale locale = mailLocale(body);
        requireOpen(campaign);
        requireMail(campaign);
        return started(id, mailJobs.remind(id, BaseAddress.of(uri), locale));
    }

    @GET
    @Path("/{id}/mailings/{mailing}")
    @Operation(summary = "How a mailing is going, and how it went")
    @APIResponse(responseCode = "200", description = "The mailing",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = MailingView.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public MailingView mailing(@PathParam("id") long id, @PathParam("mailing") String mailing) {
        require(id);
        return mailJobs.find(mailing).map(this::mailingView)
                .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "api.mailing.notFound"));
    }

    @GET
    @Path("/{id}/status")
    @Operation(summary = "Counts per team: invited, started, submitted",
            description = "All a wave shows while it is open; no per-person answer ever")
    @APIResponse(responseCode = "200", description = "One line per team",
            content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "status", value =
                    "[{\"teamId\":101,\"team\":\"Sales\",\"invited\":12,\"started\":9,\"submitted\":7}]")))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public List<TeamCompletion> status(@PathParam("id") long id) {
        require(id);
        return invitations.completion(id);
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close the wave now, for good",
            description = "Nobody can answer any more and the results are released (audited campaign.closed). "
                    + "Closing a closed wave changes nothing.")
    @APIResponse(responseCode = "200", description = "The campaign, closed",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public CampaignView close(@PathParam("id") long id) {
        require(id);
        campaigns.close(id, caller.username());
        return view(id);
    }

    @POST
    @Path("/{id}/paper-answers/import")
    @Consumes("text/csv")
    @Operation(summary = "Import the wave's paper questionnaires from CSV",
            description = "UTF-8 CSV, as on the campaign page: first line team, then one item id a column; then one "
                    + "line a paper questionnaire (the team's name, then the answers; an empty cell is unanswered). "
                    + "Every line goes through the checks of an online answer; one bad cell refuses the whole file, "
                    + "naming its line and column, and nothing is imported then. Only while the wave is open; the "
                    + "answers are anonymous and count in the results from the close (audited campaign.paper-imported).")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv",
            value = "team,ccl01,ccl02,ccl03\nSales,4,5,3\nSales,2,,4\n")))
    @APIResponse(responseCode = "200", description = "How many paper questionnaires were kept, per team",
            content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "imported",
                    value = "{\"questionnaires\":2,\"perTeam\":{\"Sales\":2}}")))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The wave is not open (not yet, or closed)")
    public PaperImport importPaperAnswers(@PathParam("id") long id, String csv) {
        require(id);
        try {
            return paper.importAnswers(id, (csv == null ? "" : csv).getBytes(StandardCharsets.UTF_8), caller.username());
        } catch (Refusal refusal) {
            throw refusal.field() == null ? refusal : refusal.on("file");
        }
    }

    private static CampaignForm form(JsonInput input) {
        CampaignForm form = new CampaignForm();
        form.setName(input.requiredText("name"));
        form.setWaveLabel(input.requiredText("waveLabel"));
        form.setOpensOn(input.requiredDate("opensOn"));
        form.setClosesOn(input.requiredDate("closesOn"));
        Integer minGroupSize = input.integer("minGroupSize");
        if (minGroupSize != null) {
            form.setMinGroupSize(minGroupSize);
        }
        String mode = input.text("linkMode");
        if (mode != null) {
            try {
                form.setLinkMode(LinkMode.valueOf(mode));
            } catch (IllegalArgumentException unknown) {
                throw new Refusal("api.campaign.linkMode").on("linkMode");
            }
        }
        form.setTeamIds(input.ids("teamIds"));
        form.setInstruments(input.texts("questionnaires"));
        return form;
    }

    /** Runs a campaign service call, naming the request field of a refusal the service gives without one. */
    private static <T> T withFields(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (Refusal refusal) {
            if (refusal.field() == null) {
                String field = FIELD_OF.get(refusal.key());
                throw field == null ? refusal : refusal.on(field);
            }
            throw refusal.on(PAGE_FIELDS.getOrDefault(refusal.field(), refusal.field()));
        }
    }

    private Campaign require(long id) {
        return campaigns.find(id).orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "api.campaign.notFound"));
    }

    private void requireOpen(Campaign campaign) {
        if (campaign.isClosedOn(LocalDate.now(clock))) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "hr.campaign.closedLocked");
        }
    }

    private void requireMail(Campaign campaign) {
        if (campaign.getLinkMode() != LinkMode.PERSONAL) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "api.mail.shared");
        }
        if (!mailer.configured()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "hr.mail.notConfigured");
        }
    }

    private CampaignView view(long id) {
        Campaign campaign = require(id);
        return new CampaignView(campaign.getId(), campaign.getName(), campaign.getWaveLabel(), campaign.getOpensOn(),
                campaign.getClosesOn(), campaign.getMinGroupSize(), campaign.getLinkMode(),
                campaign.getTeams().stream().map(CampaignsResource::team).toList(),
                campaign.getInstruments().stream().map(i -> i.getQuestionnaireId() + ".v" + i.getQuestionnaireVersion())
                        .toList(),
                campaign.isClosedOn(LocalDate.now(clock)),
                campaign.getPreviousWave() == null ? null : campaign.getPreviousWave().getId());
    }

    private static TeamRef team(Team team) {
        return new TeamRef(team.getId(), team.getName());
    }

    private static LinkView link(IssuedLink link) {
        return new LinkView(link.team(), link.member(), link.email(), link.url());
    }

    private Response started(long id, MailJobs.Job job) {
        return Response.accepted(mailingView(job))
                .location(uri.getBaseUriBuilder().path("campaigns").path(String.valueOf(id)).path("mailings")
                        .path(job.id()).build()).build();
    }

    private MailingView mailingView(MailJobs.Job job) {
        MailResult result = job.result().orElse(null);
        String refused = job.refusal().map(r -> ApiTexts.of(caller.locale()).format(r.key(), r.arguments())).orElse(null);
        return new MailingView(job.id(), job.percent(), job.finished(), result == null ? null : result.sent(),
                result == null ? null : result.failed(), result == null ? null : result.withoutEmail(), refused);
    }

    private static Locale mailLocale(String body) {
        if (body == null || body.isBlank()) {
            return Locale.ENGLISH;
        }
        String language = JsonInput.read(body, Set.of("language")).text("language");
        if (language == null || language.equals("en")) {
            return Locale.ENGLISH;
        }
        if (language.equals("fr")) {
            return Locale.FRENCH;
        }
        throw new Refusal("api.mail.language").on("language");
    }
}
