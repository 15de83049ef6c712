package org.concord.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers a page opened with a parameter that is not what the page takes ({@code ?candidate=abc},
 * {@code ?campaign=1e9}) with 400 and Concord's error page, in the reader's language, instead of
 * an empty or broken page: before a GET is rendered, a view parameter that failed to convert or
 * validate ends the request. Pages that read a parameter by hand call {@link #refuse} or
 * {@link #notFound} themselves. Registered in faces-config.xml.
 */
public class BadParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
            refuse(faces);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    /** Ends the request with 400 (a parameter the page cannot read). */
    public static void refuse(FacesContext faces) {
        send(faces, HttpServletResponse.SC_BAD_REQUEST);
    }

    /** Ends the request with 404 (a well-formed parameter naming nothing there is, or nothing of the reader's). */
    public static void notFound(FacesContext faces) {
        send(faces, HttpServletResponse.SC_NOT_FOUND);
    }

    /** Whether {@code value} is present but not a whole number an id can be. */
    public static boolean malformedId(String value) {
        return value != null && !value.matches("\\d{1,18}");
    }

    private static void send(FacesContext faces, int status) {
        ExternalContext external = faces.getExternalContext();
        try {
            if (!external.isResponseCommitted()) {
                external.responseReset();
                external.responseSendError(status, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
