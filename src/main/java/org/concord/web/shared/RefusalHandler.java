package org.concord.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.logging.Logger;
import org.concord.kernel.Refusal;

/**
 * Turns a {@link Refusal} thrown by a service during a page action into what the reader sees:
 * its messages beside the field it names and in the page's message area ({@link Messages}), the
 * page shown again with everything typed still in it, and for a full-page request the status
 * that fits the refusal (403 forbidden, 404 not found, else 200). Backing beans therefore never
 * catch refusals to show them. Hand-written rather than OmniFaces' FacesMessageExceptionHandler,
 * which puts every exception's own (English) text into one global message; a refusal carries
 * keys and a field instead. Registered in faces-config.xml.
 */
public final class RefusalHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RefusalHandler.class.getName());

    /** Wraps the handler Faces would otherwise use. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalHandler(getWrapped().getExceptionHandler());
        }
    }

    RefusalHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            Refusal refusal = refusalIn(events.next().getContext().getException());
            if (refusal != null && faces != null && !faces.getResponseComplete()) {
                events.remove();
                LOG.fine(() -> "Refused: " + refusal.getMessage());
                Messages.refused(refusal);
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static Refusal refusalIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }
}
