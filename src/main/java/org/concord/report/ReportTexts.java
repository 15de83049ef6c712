package org.concord.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.concord.scoring.Estimate;

/**
 * The words of a report in its reader's language, from the same {@code messages_*.properties}
 * as the pages, but read with {@link ResourceBundle} so that a report job off the Faces request
 * thread can use them. Concord speaks English and French; any other language gets English.
 */
public final class ReportTexts {

    private final Locale locale;
    private final ResourceBundle bundle;

    private ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("messages", locale, ReportTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ReportTexts of(Locale locale) {
        boolean french = locale != null && "fr".equals(locale.getLanguage());
        return new ReportTexts(french ? Locale.FRENCH : Locale.ENGLISH);
    }

    /** "en" or "fr": the language questionnaire texts are taken in. */
    public String language() {
        return locale.getLanguage();
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Why an estimate is not available, in the reader's words ({@code reason.<NAME>}); a nested estimate's reason too. */
    public String reason(Estimate estimate) {
        Object[] arguments = estimate.arguments().stream()
                .map(argument -> argument instanceof Estimate inner ? reason(inner) : argument)
                .toArray();
        return format("reason." + estimate.why().name(), arguments);
    }
}
