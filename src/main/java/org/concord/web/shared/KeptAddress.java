package org.concord.web.shared;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Keeps the address a page is about when one of its forms posts back: a form on
 * {@code /hr/teams.xhtml?team=12} posts to that same address, so that a page shown again after
 * a refusal (a refused member import, a field left empty) still says which team, campaign or
 * thing it shows, and a reload or a bookmark opens the same one. Only the ids that name what a
 * page shows ({@value #NAMES}) are kept, and only when they are numbers: nothing else of an
 * address is sent again.
 */
public class KeptAddress extends ViewHandlerWrapper {

    /** The request parameters that name what a page shows. */
    static final String NAMES = "id, team, campaign";
    private static final List<String> KEPT = List.of("id", "team", "campaign");

    public KeptAddress(ViewHandler wrapped) {
        super(wrapped);
    }

    /** Set while a redirect's address is made: it names its own ids, the page's are not added to it. */
    private static final String REDIRECTING = KeptAddress.class.getName() + ".redirecting";

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        // Faces makes a redirect's address from getActionURL: without this, a follow-up wave's
        // redirect to ?id=<new wave> would carry the page's ?id=<first wave> as well
        context.getAttributes().put(REDIRECTING, Boolean.TRUE);
        try {
            return super.getRedirectURL(context, viewId, parameters, includeViewParams);
        } finally {
            context.getAttributes().remove(REDIRECTING);
        }
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        if (context.getViewRoot() == null || !viewId.equals(context.getViewRoot().getViewId())
                || context.getAttributes().containsKey(REDIRECTING)) {
            return url;
        }
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        StringJoiner query = new StringJoiner("&");
        for (String name : KEPT) {
            String value = parameters.get(name);
            if (value != null && value.matches("\\d{1,18}")) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        if (query.length() == 0) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + query;
    }
}
