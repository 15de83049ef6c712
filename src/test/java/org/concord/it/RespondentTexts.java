package org.concord.it;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;

/**
 * What the respondent pages should say, taken from the same message files and questionnaire
 * files the server reads, so that the browser tests assert on Concord's own texts in each
 * language rather than on copies of them.
 */
final class RespondentTexts {

    static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));
    static final Questionnaire MATURITY = CATALOG.latest("coordination-maturity").orElseThrow();
    static final Questionnaire CLIMATE = CATALOG.latest("team-cooperation-climate").orElseThrow();
    static final Questionnaire SELF_REPORT = CATALOG.latest("cooperativeness").orElseThrow();

    private RespondentTexts() {
    }

    /** The message {@code key} in {@code language}, with its parameters filled in as h:outputFormat does. */
    static String text(String language, String key, Object... parameters) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = ResourceBundle.getBundle("messages", locale).getString(key);
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, locale).format(parameters);
    }

    /** A day as every page writes it in {@code language} (the one format of web.shared.Dates). */
    static String day(String language, LocalDate day) {
        return org.concord.web.shared.Dates.format(day, Locale.forLanguageTag(language));
    }

    static int pages(Questionnaire questionnaire) {
        return (questionnaire.items().size() + 9) / 10;
    }
}
