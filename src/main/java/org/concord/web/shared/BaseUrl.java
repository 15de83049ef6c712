package org.concord.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Concord's own address, for the links respondents get: the setting {@code concord.url} when
 * given (behind a proxy the request does not know the public address), else the scheme, host,
 * port and context path of the current request.
 */
public final class BaseUrl {

    private BaseUrl() {
    }

    public static String current() {
        return ConfigProvider.getConfig().getOptionalValue("concord.url", String.class).orElseGet(() -> {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            int port = external.getRequestServerPort();
            boolean defaultPort = "http".equals(external.getRequestScheme()) && port == 80
                    || "https".equals(external.getRequestScheme()) && port == 443;
            return external.getRequestScheme() + "://" + external.getRequestServerName() + (defaultPort ? "" : ":" + port)
                    + external.getRequestContextPath() + "/";
        });
    }
}
