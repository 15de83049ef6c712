package org.concord.web.shared;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * What happens to a form posted with a view Concord no longer has (the session expired, the
 * server restarted, or the view state was forged or belongs to another session): a respondent's
 * answers are saved all the same ({@link LostViewRescue}) and their page opens again; any
 * other page is answered with 400 and Concord's error page saying the page expired, in the
 * reader's language (an ajax request is sent to the page afresh instead), rendered through
 * {@link ErrorDispatch}. Never a 500, never an empty page. Registered in faces-config.xml.
 */
public class ExpiredViews extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());
    /** The request attribute the error page reads to say that the page expired. */
    public static final String EXPIRED = "concord.expired";

    /** Makes the handler (faces-config.xml names this factory). */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViews(getWrapped().getExceptionHandler());
        }
    }

    ExpiredViews(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (expired(thrown)) {
                events.remove();
                answer(FacesContext.getCurrentInstance());
                break;
            }
        }
        getWrapped().handle();
    }

    private static boolean expired(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void answer(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        LOG.fine(() -> "a form was posted with a view that is gone: " + request.getRequestURI());
        try {
            String rescued = LostViewRescue.any(request, request.getServletPath());
            if (rescued != null) {
                external.redirect(external.getRequestContextPath() + rescued);
            } else if (faces.getPartialViewContext().isAjaxRequest()) {
                external.redirect(request.getRequestURI());
            } else {
                request.setAttribute(EXPIRED, Boolean.TRUE);
                external.responseReset();
                external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
            }
        } catch (IOException e) {
            throw new FacesException(e);
        }
        faces.responseComplete();
    }
}
