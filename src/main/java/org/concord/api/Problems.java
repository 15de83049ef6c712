package org.concord.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.concord.kernel.Refusal;

/**
 * Writes RFC 9457 problem documents ({@code application/problem+json}): {@code type} (a URN per
 * kind of problem), {@code title} and {@code detail} in the caller's language, {@code status},
 * {@code instance} (the path called), and {@code errors}, one {@code {field, detail}} per reason
 * (field null when the reason concerns the whole request). A refusal's kind decides the status:
 * invalid 400, forbidden 403, not found 404, conflict 409.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** The status a refusal of {@code kind} is answered with. */
    static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }

    static Response of(Refusal refusal, String instance, Locale locale) {
        return build(status(refusal.kind()), refusal.reasons(), refusal.field(), instance, locale, 0);
    }

    static Response of(ApiFailure failure, String instance, Locale locale) {
        return build(failure.status(), failure.reasons(), failure.field(), instance, locale, failure.retryAfterSeconds());
    }

    private static Response build(int status, List<Refusal.Reason> reasons, String field, String instance, Locale locale,
                                  long retryAfter) {
        ApiTexts texts = ApiTexts.of(locale);
        JsonArrayBuilder errors = Json.createArrayBuilder();
        StringBuilder detail = new StringBuilder();
        for (Refusal.Reason reason : reasons) {
            String text = texts.format(reason.key(), reason.argumentArray());
            detail.append(detail.length() == 0 ? "" : " ").append(text);
            JsonObjectBuilder error = Json.createObjectBuilder();
            if (field == null) {
                error.addNull("field");
            } else {
                error.add("field", field);
            }
            errors.add(error.add("detail", text));
        }
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "urn:concord:problem:" + slug(status))
                .add("title", title(texts, status))
                .add("status", status)
                .add("detail", detail.toString())
                .add("instance", instance)
                .add("errors", errors);
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Language", locale.getLanguage())
                .entity(problem.build().toString());
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"concord\"");
        }
        if (retryAfter > 0) {
            response.header("Retry-After", String.valueOf(retryAfter));
        }
        return response.build();
    }

    /** The last part of the problem's type URN. */
    static String slug(int status) {
        return switch (status) {
            case 400 -> "invalid";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "throttled";
            default -> "server-error";
        };
    }

    private static String title(ApiTexts texts, int status) {
        return switch (status) {
            case 400 -> texts.format("api.problem.invalid");
            case 401 -> texts.format("api.problem.unauthorized");
            case 403 -> texts.format("api.problem.forbidden");
            case 404 -> texts.format("api.problem.notFound");
            case 405 -> texts.format("api.problem.methodNotAllowed");
            case 406 -> texts.format("api.problem.notAcceptable");
            case 409 -> texts.format("api.problem.conflict");
            case 413 -> texts.format("api.problem.tooLarge");
            case 415 -> texts.format("api.problem.unsupportedMediaType");
            case 429 -> texts.format("api.problem.throttled");
            default -> texts.format("api.problem.serverError");
        };
    }
}
