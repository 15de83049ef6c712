package org.concord.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.concord.kernel.PageRequest;
import org.concord.kernel.Refusal;
import org.concord.security.AuditEntry;
import org.concord.security.AuditQuery;
import org.concord.security.AuditTrail;
import org.concord.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail for administrators, as {@code /admin/audit.xhtml} shows it: newest first,
 * paged, searched by actor, action and days (from, to, inclusive).
 */
@Path("/audit")
@RequestScoped
@Tag(name = "audit")
@Allowed(Role.ADMIN)
@Produces(Docs.JSON)
public class AuditResource {

    @Inject
    private AuditTrail trail;

    /** One line of the audit trail. */
    @Schema(name = "AuditEntry")
    public record EntryView(long id, Instant occurredAt, String actor, String action, String subject, String detail) {
    }

    @GET
    @Operation(summary = "Read the audit trail (administrators)", description = "Newest first; filters actor, action, "
            + "from and to (YYYY-MM-DD)")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(mediaType = Docs.JSON, examples = @ExampleObject(name = "audit", value =
                    "{\"items\":[{\"id\":901,\"occurredAt\":\"2026-03-20T17:02:11Z\",\"actor\":\"hana\",\"action\":"
                            + "\"campaign.closed\",\"subject\":\"campaign-7\",\"detail\":\"closed early, results released\"}],"
                            + "\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", description = Docs.BAD)
    public ListBody<EntryView> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                    @QueryParam("actor") String actor, @QueryParam("action") String action,
                                    @QueryParam("from") String from, @QueryParam("to") String to) {
        PageRequest request = Paging.request(page, size, null, Set.of(), Map.of());
        var found = trail.page(new AuditQuery(actor, action, day(from, "from"), day(to, "to")), request);
        return new ListBody<>(found.rows().stream().map(AuditResource::view).toList(), found.total(),
                request.first() / request.size(), request.size());
    }

    private static LocalDate day(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw new Refusal("api.json.date").on(parameter);
        }
    }

    private static EntryView view(AuditEntry entry) {
        return new EntryView(entry.getId(), entry.getOccurredAt(), entry.getActor(), entry.getAction(), entry.getSubject(),
                entry.getDetail());
    }
}
