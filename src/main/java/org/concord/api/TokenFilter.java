package org.concord.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import org.concord.kernel.Refusal;
import org.concord.security.ApiTokenService;
import org.concord.security.ApiTokenService.Authentication;
import org.concord.security.Role;

/**
 * The API's door, before every resource method: reads the caller's language, finds the token
 * in {@code Authorization: Bearer} (401 when there is none, or it is unknown, expired, revoked or
 * its owner's account disabled), takes the call from the token's {@link Throttle} bucket (429),
 * and checks the method's {@link Allowed} roles against the owner's roles of now (403). Record
 * rules (a recruiter's own candidates, a manager's own teams) are the services' own checks.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    private ApiTokenService tokens;

    @Inject
    private ApiCaller apiCaller;

    @Inject
    private Throttle throttle;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        apiCaller.locale(ProblemMappers.locale(request::getAcceptableLanguages));
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiFailure.unauthorized("api.token.missing");
        }
        Authentication authentication = tokens.authenticate(header.substring(BEARER.length()).strip());
        switch (authentication.verdict()) {
            case ACCEPTED -> apiCaller.accept(authentication.caller(), authentication.tokenId());
            case EXPIRED -> throw ApiFailure.unauthorized("api.token.expired");
            case REVOKED -> throw ApiFailure.unauthorized("api.token.revoked");
            default -> throw ApiFailure.unauthorized("api.token.unknown");
        }
        long wait = throttle.take(authentication.tokenId());
        if (wait > 0) {
            throw ApiFailure.tooMany(wait);
        }
        Set<Role> allowed = allowed(resource.getResourceMethod(), resource.getResourceClass());
        if (allowed.stream().noneMatch(authentication.caller()::hasRole)) {
            throw Refusal.of(Refusal.Kind.FORBIDDEN, "api.forbidden");
        }
    }

    /** The roles a resource method allows: its own {@link Allowed}, else its class's, else none. */
    static Set<Role> allowed(Method method, Class<?> type) {
        Allowed rule = method == null ? null : method.getAnnotation(Allowed.class);
        if (rule == null && type != null) {
            rule = type.getAnnotation(Allowed.class);
        }
        return rule == null ? Set.of() : Set.copyOf(Arrays.asList(rule.value()));
    }
}
