package org.concord.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.concord.kernel.Refusal;

/**
 * The API's texts: Concord's own message bundles ({@code messages_en}, {@code messages_fr}),
 * always through MessageFormat as the pages' {@code Messages} does, labels among the arguments
 * translated too. The language is English or French, the first of the caller's
 * Accept-Language that Concord speaks.
 */
final class ApiTexts {

    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private ApiTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages", locale, ApiTexts.class.getClassLoader(), EXACT);
    }

    static ApiTexts of(Locale locale) {
        return new ApiTexts(locale);
    }

    /** English or French: the first language of {@code acceptable} that Concord speaks, else English. */
    static Locale choose(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            if ("fr".equals(wanted.getLanguage())) {
                return Locale.FRENCH;
            }
            if ("en".equals(wanted.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /** The text of {@code key} with its arguments. */
    String format(String key, Object... arguments) {
        Object[] translated = arguments.clone();
        for (int i = 0; i < translated.length; i++) {
            if (translated[i] instanceof Refusal.Label label) {
                translated[i] = bundle.getString(label.key());
            }
        }
        return new MessageFormat(bundle.getString(key), locale).format(translated);
    }
}
