package org.concord.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Set;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages as a list assistive technologies can read (WCAG 2.1, issue 14): PrimeFaces
 * writes each message as {@code <li role="alert">}, which is then no longer an item of its list;
 * this renderer writes a plain {@code <li>}. The messages are still announced, by the box around
 * them, which PrimeFaces marks {@code aria-live="polite"}. Declared in faces-config.xml for every
 * {@code p:messages}.
 */
public class AccessibleMessages extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage message, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new AriaFilter(writer, "li", Set.of("role", "aria-atomic")), uiMessages, message, severity, escape);
    }
}
