package org.concord.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.concord.campaign.Team;
import org.concord.campaign.TeamMember;
import org.concord.campaign.TeamRow;
import org.concord.campaign.TeamService;
import org.concord.kernel.PageRequest;
import org.concord.kernel.Refusal;
import org.concord.privacy.PrivacyService;
import org.concord.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HR's teams, as {@code /hr/teams.xhtml} keeps them, for an HR system to keep in sync: list,
 * create, change, add members one by one or from a CSV list (all or none), and erase a member
 * at their request (as the team page's "Erase on request", audited {@code member.erased}).
 */
@Path("/teams")
@RequestScoped
@Tag(name = "teams")
@Allowed(Role.HR)
@Produces(Docs.JSON)
public class TeamsResource {

    private static final Set<String> FIELDS = Set.of("name", "department", "manager", "headcount");
    private static final Set<String> SORTABLE = Set.of("name", "department", "manager");

    @Inject
    private TeamService teams;

    @Inject
    private PrivacyService privacy;

    @Inject
    private ApiCaller caller;

    @Context
    private UriInfo uri;

    /** A team with its members. */
    @Schema(name = "Team")
    public record TeamView(long id, String name, String department, String manager, Integer headcount,
                           List<MemberView> members) {

        static TeamView of(Team team) {
            return new TeamView(team.getId(), team.getName(), team.getDepartment(), team.getManagerUsername(),
                    team.getHeadcount(), team.getMembers().stream().map(MemberView::of).toList());
        }
    }

    /** A team member: name and e-mail, for their personal link. */
    @Schema(name = "Member")
    public record MemberView(long id, String name, String email) {

        static MemberView of(TeamMember member) {
            return new MemberView(member.getId(), member.getName(), member.getEmail());
        }
    }

    /** How many members an import added. */
    @Schema(name = "MemberImport")
    public record Imported(int added) {
    }

    @GET
    @Operation(summary = "List teams", description = "Paged; sort by name, department or manager; filter with name=")
    @APIResponse(responseCode = "200", description = "One page of teams (items, total)",
            content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "teams", value =
                    "{\"items\":[{\"id\":101,\"name\":\"Sales\",\"department\":\"Commerce\",\"manager\":\"mia\","
                            + "\"members\":12,\"headcount\":null}],\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    public ListBody<TeamRow> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                  @QueryParam("sort") String sort, @QueryParam("name") String name) {
        PageRequest request = Paging.request(page, size, sort, SORTABLE, Paging.byName(name));
        return ListBody.of(teams.page(request), request);
    }

    @POST
    @Consumes(Docs.JSON)
    @Operation(summary = "Create a team", description = "headcount (optional) is for fully anonymous use; "
            + "manager (optional) is the user name of an enabled account holding the MANAGER role, else 400")
    @RequestBody(required = true, content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "team",
            value = "{\"name\":\"Sales\",\"department\":\"Commerce\",\"manager\":\"mia\",\"headcount\":null}")))
    @APIResponse(responseCode = "201", description = "The team made",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    public Response create(String body) {
        JsonInput input = JsonInput.read(body, FIELDS);
        Team team = teams.create(input.requiredText("name"), input.text("department"), input.text("manager"),
                input.integer("headcount"));
        TeamView view = TeamView.of(teams.find(team.getId()).orElseThrow());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One team with its members")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public TeamView one(@PathParam("id") long id) {
        return TeamView.of(require(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(Docs.JSON)
    @Operation(summary = "Change a team", description = "All four fields as they should be; a missing field is cleared")
    @RequestBody(required = true, content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "team",
            value = "{\"name\":\"Sales East\",\"department\":\"Commerce\",\"manager\":\"mia\",\"headcount\":8}")))
    @APIResponse(responseCode = "200", description = "The team as changed",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public TeamView update(@PathParam("id") long id, String body) {
        require(id);
        JsonInput input = JsonInput.read(body, FIELDS);
        teams.update(id, input.requiredText("name"), input.text("department"), input.text("manager"), input.integer("headcount"));
        return TeamView.of(require(id));
    }

    @POST
    @Path("/{id}/members")
    @Consumes(Docs.JSON)
    @Operation(summary = "Add a member")
    @RequestBody(required = true, content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "member",
            value = "{\"name\":\"Ada Martin\",\"email\":\"ada.martin@example.org\"}")))
    @APIResponse(responseCode = "201", description = "The member added",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public Response addMember(@PathParam("id") long id, String body) {
        require(id);
        JsonInput input = JsonInput.read(body, Set.of("name", "email"));
        TeamMember member = teams.addMember(id, input.requiredText("name"), input.text("email"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(member.getId())).build())
                .entity(MemberView.of(member)).build();
    }

    @POST
    @Path("/{id}/members/import")
    @Consumes("text/csv")
    @Operation(summary = "Import members from a CSV list",
            description = "UTF-8 CSV, one member a line: name,email (as on the team page). One bad line refuses the "
                    + "whole list, naming the line; nothing is added then.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv",
            value = "Ada Martin,ada.martin@example.org\nLuc Petit,luc.petit@example.org\n")))
    @APIResponse(responseCode = "200", description = "How many members were added",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = Imported.class)))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public Imported importMembers(@PathParam("id") long id, String csv) {
        require(id);
        return new Imported(teams.importMembers(id, (csv == null ? "" : csv).getBytes(StandardCharsets.UTF_8)));
    }

    @DELETE
    @Path("/{id}/members/{member}")
    @Operation(summary = "Erase a member at their request",
            description = "Name and e-mail go; their invitations stay, linked to nobody (audited member.erased)")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public Response eraseMember(@PathParam("id") long id, @PathParam("member") long member) {
        Team team = require(id);
        if (team.getMembers().stream().noneMatch(m -> m.getId() == member)) {
            throw Refusal.of(Refusal.Kind.NOT_FOUND, "api.member.notFound");
        }
        privacy.eraseMember(caller.caller(), member);
        return Response.noContent().build();
    }

    private Team require(long id) {
        return teams.find(id).orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "api.team.notFound"));
    }
}
