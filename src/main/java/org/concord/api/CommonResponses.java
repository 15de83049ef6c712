package org.concord.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds to every operation of the API, in the served OpenAPI document, the answers any call can
 * get at the door ({@link TokenFilter}): 401 without a usable token, 403 when the owner's roles
 * do not allow the call, 429 when the token is throttled, and 500; and it gives every error answer
 * (4xx, 5xx) that a resource declares by status and description alone its body, a problem
 * document. Set as {@code mp.openapi.filter} in microprofile-config.properties, so no resource
 * repeats them.
 */
public class CommonResponses implements OASFilter {

    private static final Map<String, String> DOOR = Map.of(
            "401", Docs.UNAUTHORIZED,
            "403", Docs.FORBIDDEN,
            "429", Docs.THROTTLED,
            "500", "The call failed on the server; nothing of it was kept");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/v1/") && item.getOperations() != null) {
                item.getOperations().values().forEach(CommonResponses::addDoor);
            }
        });
    }

    private static void addDoor(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        DOOR.forEach((status, description) -> {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status, problem(description));
            }
        });
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.charAt(0) >= '4' && response.getRef() == null
                    && (response.getContent() == null || !response.getContent().hasMediaType(Docs.PROBLEM))) {
                response.content(problemContent());
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Docs.PROBLEM, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem")));
    }
}
