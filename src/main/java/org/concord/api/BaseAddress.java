package org.concord.api;

import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Concord's own address for the links the API hands out: the setting {@code concord.url} when
 * given (behind a proxy the call does not know the public address), else the address the call
 * came to, without {@code api/v1/}.
 */
final class BaseAddress {

    private BaseAddress() {
    }

    static String of(UriInfo uri) {
        return ConfigProvider.getConfig().getOptionalValue("concord.url", String.class).orElseGet(() -> {
            String base = uri.getBaseUri().toString();
            return base.endsWith("api/v1/") ? base.substring(0, base.length() - "api/v1/".length()) : base;
        });
    }
}
