package org.concord.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.kernel.Refusal;

/**
 * Turns whatever stops a call into a problem document: a service's {@link Refusal} (its kind
 * gives the status), the API's own {@link ApiFailure}, the JAX-RS runtime's refusals (unknown
 * path 404, wrong method 405, media type 415 or 406), and anything unexpected (500, logged,
 * nothing of it told to the caller). The service's transaction has rolled back by then: nothing
 * of a refused call is kept.
 */
final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return locale(headers::getAcceptableLanguages);
    }

    /** The caller's language, English when Accept-Language cannot be read. */
    static Locale locale(java.util.function.Supplier<java.util.List<Locale>> acceptable) {
        try {
            return ApiTexts.choose(acceptable.get());
        } catch (RuntimeException unreadable) {
            return Locale.ENGLISH;
        }
    }

    static String instance(UriInfo uri) {
        return "/" + uri.getBaseUri().getPath().replaceAll("^/+", "") + uri.getPath().replaceAll("^/+", "");
    }

    /** A service said no. */
    @Provider
    public static class RefusalMapper implements ExceptionMapper<Refusal> {

        @Context
        private HttpHeaders headers;

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(Refusal refusal) {
            return Problems.of(refusal, instance(uri), locale(headers));
        }
    }

    /** The API said no at its door. */
    @Provider
    public static class FailureMapper implements ExceptionMapper<ApiFailure> {

        @Context
        private HttpHeaders headers;

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(ApiFailure failure) {
            return Problems.of(failure, instance(uri), locale(headers));
        }
    }

    /** The JAX-RS runtime said no (unknown path, method, media type), or something failed. */
    @Provider
    public static class OtherMapper implements ExceptionMapper<Throwable> {

        @Context
        private HttpHeaders headers;

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(Throwable failure) {
            int status = failure instanceof WebApplicationException web ? web.getResponse().getStatus() : 500;
            if (status >= 500) {
                LOG.log(Level.WARNING, "API call " + uri.getPath() + " failed", failure);
                status = 500;
            }
            String key = switch (status) {
                case 404 -> "api.problem.notFound.detail";
                case 405 -> "api.problem.methodNotAllowed.detail";
                case 406 -> "api.problem.notAcceptable.detail";
                case 415 -> "api.problem.unsupportedMediaType.detail";
                case 500 -> "api.problem.serverError.detail";
                default -> "api.problem.invalid.detail";
            };
            if (status != 404 && status != 405 && status != 406 && status != 415 && status != 500) {
                status = 400;
            }
            return Problems.of(ApiFailure.status(status, key), instance(uri), locale(headers));
        }
    }
}
