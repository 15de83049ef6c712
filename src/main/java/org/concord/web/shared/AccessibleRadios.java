package org.concord.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Set;
import org.primefaces.component.selectoneradio.SelectOneRadio;
import org.primefaces.component.selectoneradio.SelectOneRadioRenderer;

/**
 * PrimeFaces' radio buttons laid out in a line or a grid, without the {@code aria-checked} that
 * PrimeFaces writes on the plain box around each choice, where WCAG 2.1 does not allow it (issue
 * 14): whether a choice is checked is told by its own radio input. Declared in faces-config.xml
 * for every {@code p:selectOneRadio}.
 */
public class AccessibleRadios extends SelectOneRadioRenderer {

    @Override
    protected void encodeResponsiveLayout(FacesContext context, SelectOneRadio radio, String layout) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new AriaFilter(writer, "div", Set.of("aria-checked")));
        try {
            super.encodeResponsiveLayout(context, radio, layout);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}
