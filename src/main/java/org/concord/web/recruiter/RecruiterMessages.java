package org.concord.web.recruiter;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.concord.candidate.RecruiterException;
import org.concord.web.shared.PageMessages;

/**
 * What the recruiter pages add to {@link PageMessages}: a refused request is shown with its
 * message and answered with the status that fits it (403 for another recruiter's candidate), and
 * a save ends with a redirect that keeps its messages (POST-redirect-GET).
 */
final class RecruiterMessages {

    private static final Logger LOG = Logger.getLogger(RecruiterMessages.class.getName());

    private RecruiterMessages() {
    }

    static String text(String key, Object... arguments) {
        return PageMessages.text(key, arguments);
    }

    static void info(String key, Object... arguments) {
        PageMessages.info(key, arguments);
    }

    static void error(String key, Object... arguments) {
        PageMessages.error(key, arguments);
    }

    /** Shows why a request was refused; returns its key for the page to hide what it may not show. */
    static String refused(RecruiterException refusal) {
        LOG.fine(() -> "Refused: " + refusal.key());
        PageMessages.error(refusal.key(), refusal.arguments());
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

    /** Redirects, after a save, to an address inside Concord (path and query), keeping the messages. */
    static void redirect(String path) {
        try {
            PageMessages.keepForRedirect();
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
