package org.concord.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.concord.kernel.Refusal;

/**
 * The one path from a message key to what the reader sees: texts from
 * {@code messages_*.properties} in the view's language, always run through MessageFormat (so a
 * text shown here writes an apostrophe as {@code ''}, and a text shown directly with
 * {@code #{msg[...]}} writes it once; {@code MessagePathTest} keeps both rules). A
 * {@link Refusal} goes to the field it names when the page has that input (shown beside it, and
 * in the page's message area, which lists every message), else to the page's message area; its arguments that are labels are translated too. Backing beans name
 * keys and never hold text; messages can be kept for the page a redirect leads to.
 */
public final class Messages {

    private Messages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * Shows every reason of a refusal, beside its field when the page has an input with that id,
     * and gives a full-page response the status that fits it (403 forbidden, 404 not found).
     * Returns the first reason's key, for a page that hides what it may not show.
     */
    public static String refused(Refusal refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = refusal.field() == null ? null : clientIdOf(faces, refusal.field());
        for (Refusal.Reason reason : refusal.reasons()) {
            add(clientId, FacesMessage.SEVERITY_ERROR, reason.key(), reason.argumentArray());
        }
        if (clientId != null && faces.isPostback()) {
            faces.validationFailed();
        }
        int status = switch (refusal.kind()) {
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            default -> 0;
        };
        if (status != 0 && !faces.getPartialViewContext().isAjaxRequest() && !faces.getResponseComplete()) {
            faces.getExternalContext().setResponseStatus(status);
        }
        return refusal.key();
    }

    /** The text of {@code key} with its arguments, in the view's language. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        Object[] translated = arguments.clone();
        for (int i = 0; i < translated.length; i++) {
            if (translated[i] instanceof Refusal.Label label) {
                translated[i] = bundle.getString(label.key());
            }
        }
        return new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(translated);
    }

    /** Keeps this request's messages for the page the redirect that follows leads to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Redirects, after a save, to an address inside Concord (path and query), keeping the messages. */
    public static void redirect(String path) {
        try {
            keepForRedirect();
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /** The client id of the input whose id is {@code field}, or null when the view has none. */
    private static String clientIdOf(FacesContext faces, String field) {
        if (faces.getViewRoot() == null) {
            return null;
        }
        AtomicReference<String> found = new AtomicReference<>();
        VisitContext rendered = VisitContext.createVisitContext(faces, null, Set.of(VisitHint.SKIP_UNRENDERED));
        faces.getViewRoot().visitTree(rendered, (context, component) -> {
            if (component instanceof UIInput && field.equals(component.getId())) {
                found.set(component.getClientId(context.getFacesContext()));
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }
}
