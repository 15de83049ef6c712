package org.concord.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the language the reader has chosen ({@link LanguageSelection}) from the
 * start, not only when its template is rendered: view actions run before the template's
 * {@code f:view locale}, so without this a text a backing bean builds in its view action (a
 * chart's labels and legend) kept the browser's language the session started with.
 */
public class ReaderLocale extends ViewHandlerWrapper {

    public ReaderLocale(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LanguageSelection.class).get().getLocale();
    }
}
