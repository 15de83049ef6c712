package org.concord.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.concord.security.AuditTrail;

/**
 * Writes the token's use to the audit trail for every API call that changed something (any
 * method but GET, HEAD and OPTIONS, answered 2xx): who, with which token, what was called and
 * the status. The services still audit the actions themselves as the pages do; this says they
 * came through the API. A refused call stores nothing, not even here (a refused token is audited
 * by the token service).
 */
@Provider
public class CallAudit implements ContainerResponseFilter {

    @Inject
    private ApiCaller caller;

    @Inject
    private AuditTrail audit;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || !caller.accepted()
                || response.getStatus() >= 300) {
            return;
        }
        audit.record(caller.username(), "api.call", "api-token-" + caller.tokenId(),
                method + " /api/v1/" + request.getUriInfo().getPath().replaceAll("^/+", "") + " -> " + response.getStatus());
    }
}
