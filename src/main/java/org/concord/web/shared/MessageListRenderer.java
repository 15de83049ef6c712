package org.concord.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, written as a list that assistive technology can read (WCAG 2.1 AA,
 * axe's rule "list"): PrimeFaces gives each list item {@code role="alert"}, which takes it out of
 * the list; the messages' container is already a polite live region that announces them, so the
 * items keep their plain list role and nothing else changes.
 */
public class MessageListRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages messages, String severity, List<FacesMessage> list)
            throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new ListItems(original));
        try {
            super.encodeMessages(context, messages, severity, list);
        } finally {
            context.setResponseWriter(original);
        }
    }

    /** Writes everything as given, except an alert role on a list item. */
    private static final class ListItems extends ResponseWriterWrapper {

        private String element;

        ListItems(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && ("role".equals(name) && "alert".equals(value) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
