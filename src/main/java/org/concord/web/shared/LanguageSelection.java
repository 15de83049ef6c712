package org.concord.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The language a visitor reads Concord in, English or French: first the one their browser
 * prefers, then the one they pick with the switch in the page header. Every page, message and
 * report generated for them follows it.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The languages Concord speaks, in the order the switch shows them. */
    public static final List<String> SUPPORTED = List.of("en", "fr");

    private String code;

    @Inject
    private transient HttpServletRequest request;

    /**
     * The current request; looked up again when this session came from another instance (the
     * injected proxy is not part of the replicated session).
     */
    private HttpServletRequest request() {
        if (request == null) {
            try {
                request = CDI.current().select(HttpServletRequest.class).get();
            } catch (IllegalStateException noContainer) {
                return null;
            }
        }
        return request;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getCode());
    }

    public String getCode() {
        if (code == null) {
            HttpServletRequest current = request();
            code = preferred(current == null ? null : current.getLocale());
        }
        return code;
    }

    /** Switches to {@code language} when Concord speaks it; anything else is ignored. */
    public void choose(String language) {
        if (SUPPORTED.contains(language)) {
            code = language;
        }
    }

    /** The current page's address with {@code lang} set, for the language switch's links. */
    public String switchUrl(String language) {
        HttpServletRequest current = request();
        StringBuilder url = new StringBuilder(current.getRequestURI()).append('?');
        String query = current.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("lang=")) {
                    url.append(pair).append('&');
                }
            }
        }
        return url.append("lang=").append(URLEncoder.encode(language, StandardCharsets.UTF_8)).toString();
    }

    static String preferred(Locale locale) {
        return locale != null && SUPPORTED.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }
}
