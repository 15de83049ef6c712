package org.concord.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of every error the API answers, for the OpenAPI document: an RFC 9457 problem
 * ({@code application/problem+json}), written by {@link Problems}.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem document, in the caller's Accept-Language (en or fr)",
        example = "{\"type\":\"urn:concord:problem:invalid\",\"title\":\"The request cannot be accepted\","
                + "\"status\":400,\"detail\":\"A team of this name exists already: Sales.\","
                + "\"instance\":\"/api/v1/teams\",\"errors\":[{\"field\":\"name\","
                + "\"detail\":\"A team of this name exists already: Sales.\"}]}")
public record ProblemDocument(
        @Schema(description = "urn:concord:problem: then invalid, unauthorized, forbidden, not-found, conflict, throttled ...")
        String type,
        String title,
        int status,
        String detail,
        @Schema(description = "The path called") String instance,
        List<FieldError> errors) {

    /** One reason, and the request field it concerns (null for the whole request). */
    @Schema(name = "ProblemError")
    public record FieldError(@Schema(nullable = true) String field, String detail) {
    }
}
