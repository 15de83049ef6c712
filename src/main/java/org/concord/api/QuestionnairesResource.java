package org.concord.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.concord.catalog.QuestionnaireLibrary;
import org.concord.kernel.PageRequest;
import org.concord.kernel.Refusal;
import org.concord.questionnaire.Band;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.Scale;
import org.concord.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The questionnaire library, as the catalog page shows it to everyone signed in: every loaded
 * version (paged), and one version with its response format, scales (bands) and items, in the
 * caller's language.
 */
@Path("/questionnaires")
@RequestScoped
@Tag(name = "questionnaires")
@Allowed({Role.ADMIN, Role.HR, Role.RECRUITER, Role.MANAGER})
@Produces(Docs.JSON)
@APIResponse(responseCode = "400", description = Docs.BAD)
public class QuestionnairesResource {

    @Inject
    private QuestionnaireLibrary library;

    @Inject
    private ApiCaller caller;

    /** One questionnaire version as listed. */
    @Schema(name = "QuestionnaireSummary")
    public record Summary(String key, String id, int version, String kind, String title, int scales, int items,
                          int minutes, boolean latest) {
    }

    /** One questionnaire version with everything needed to read its answers. */
    @Schema(name = "Questionnaire")
    public record Detail(String key, String id, int version, String kind, String title, String description,
                         int lo, int hi, Map<Integer, String> labels, List<ScaleView> scales, List<ItemView> items) {
    }

    /** A scale and its bands. */
    @Schema(name = "Scale")
    public record ScaleView(String id, String name, String group, List<BandView> bands) {
    }

    /** A band of a scale's scores. */
    @Schema(name = "Band")
    public record BandView(String id, double min, double max, String label, boolean low) {
    }

    /** An item: its scale (null for an attention item), key (+ or -), text. */
    @Schema(name = "Item")
    public record ItemView(String id, String scale, String key, String text, boolean attention) {
    }

    @GET
    @Operation(summary = "List the questionnaire versions", description = "Paged, by key")
    @APIResponse(responseCode = "200", description = "One page of questionnaire versions",
            content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "questionnaires", value =
                    "{\"items\":[{\"key\":\"cooperation-climate.v1\",\"id\":\"cooperation-climate\",\"version\":1,"
                            + "\"kind\":\"TEAM_MEMBER\",\"title\":\"Cooperation climate\",\"scales\":5,\"items\":25,"
                            + "\"minutes\":8,\"latest\":true}],\"total\":1,\"page\":0,\"size\":20}")))
    public ListBody<Summary> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = Paging.request(page, size, null, Set.of(), Map.of());
        String language = caller.language();
        List<Summary> all = library.all().stream().sorted(Comparator.comparing(Questionnaire::id)
                        .thenComparingInt(Questionnaire::version))
                .map(q -> new Summary(q.key(), q.id(), q.version(), q.kind().name(), q.title().in(language),
                        q.scales().size(), q.items().size(), q.minutes(),
                        library.latest(q.id()).map(l -> l.version() == q.version()).orElse(false)))
                .toList();
        return ListBody.slice(all, request);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(summary = "One questionnaire version with its scales and items")
    @APIResponse(responseCode = "200", description = "The questionnaire",
            content = @Content(mediaType = Docs.JSON, schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "404", description = Docs.NOT_FOUND)
    public Detail one(@PathParam("id") String id, @PathParam("version") int version) {
        Questionnaire q = library.find(id, version)
                .orElseThrow(() -> Refusal.of(Refusal.Kind.NOT_FOUND, "api.questionnaire.notFound"));
        String language = caller.language();
        Map<Integer, String> labels = new TreeMap<>();
        q.responseFormat().labels().forEach((point, text) -> labels.put(point, text.in(language)));
        return new Detail(q.key(), q.id(), q.version(), q.kind().name(), q.title().in(language),
                q.description() == null ? null : q.description().in(language), q.responseFormat().lo(),
                q.responseFormat().hi(), labels, q.scales().stream().map(s -> scale(s, language)).toList(),
                q.items().stream().map(i -> item(i, language)).toList());
    }

    private static ScaleView scale(Scale scale, String language) {
        return new ScaleView(scale.id(), scale.name().in(language), scale.group(),
                scale.bands().stream().map(b -> band(b, language)).toList());
    }

    private static BandView band(Band band, String language) {
        return new BandView(band.id(), band.min(), band.max(), band.label().in(language), band.low());
    }

    private static ItemView item(Item item, String language) {
        return new ItemView(item.id(), item.scale(), item.key() == null ? null : item.key().symbol(),
                item.text().in(language), item.attention());
    }
}
