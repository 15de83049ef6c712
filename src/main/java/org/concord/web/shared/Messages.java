package org.concord.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.concord.kernel.Refusal;

/**
 * Puts texts from {@code messages_*.properties} into the page's one {@code p:messages}, in the
 * reader's language: a service's {@link Refusal} as an error, a result as information, and
 * keeps them across the redirect that follows a save.
 */
public final class Messages {

    private Messages() {
    }

    public static void error(Refusal refusal) {
        add(FacesMessage.SEVERITY_ERROR, refusal.key(), refusal.arguments());
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    /** The text of {@code key} with its arguments, in the view's language. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(arguments);
    }

    /** Keeps the messages for the page the browser is redirected to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
