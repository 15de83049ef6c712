package org.concord.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.Set;

/**
 * A response writer that leaves out the ARIA attributes a PrimeFaces renderer puts where WCAG
 * 2.1 does not allow them (issue 14), and writes everything else as given: the attributes named
 * are dropped on the elements named, and only there. Used by {@link AccessibleMessages} and
 * {@link AccessibleRadios} around the part of the page they render.
 */
final class AriaFilter extends ResponseWriterWrapper {

    private final String element;
    private final Set<String> attributes;
    private String current;

    AriaFilter(ResponseWriter writer, String element, Set<String> attributes) {
        super(writer);
        this.element = element;
        this.attributes = attributes;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        current = name;
        super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (!(element.equals(current) && attributes.contains(name))) {
            super.writeAttribute(name, value, property);
        }
    }
}
