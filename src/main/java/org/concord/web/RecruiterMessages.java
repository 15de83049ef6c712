package org.concord.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.concord.interview.RecruiterException;

/**
 * The recruiter pages' messages, from {@code messages_*.properties} in the reader's language:
 * beans name a message by key, never hold its text. A refused request is shown with its
 * message and answered with the status that fits it (403 for another recruiter's candidate).
 */
final class RecruiterMessages {

    private static final Logger LOG = Logger.getLogger(RecruiterMessages.class.getName());

    private RecruiterMessages() {
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    static void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    /** Shows why a request was refused; returns its key for the page to hide what it may not show. */
    static String refused(RecruiterException refusal) {
        LOG.fine(() -> "Refused: " + refusal.key());
        error(refusal.key(), refusal.arguments());
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.getPartialViewContext().isAjaxRequest() && !context.getResponseComplete()) {
            int status = switch (refusal.key()) {
                case "recruiter.error.notYours", "recruiter.error.notRecruiter", "recruiter.error.notOnPanel" ->
                        HttpServletResponse.SC_FORBIDDEN;
                default -> HttpServletResponse.SC_OK;
            };
            context.getExternalContext().setResponseStatus(status);
        }
        return refusal.key();
    }

    /** Keeps this request's messages for the page the redirect that follows leads to. */
    static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Redirects to an address inside Concord (path with query), after a save. */
    static void redirect(String path) {
        try {
            keepForRedirect();
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
