package org.concord.web.reports;

import java.text.MessageFormat;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.concord.web.shared.LanguageSelection;

/**
 * Says an archived report's title in the reader's language. Titles are stored as they were
 * generated, in the language of whoever asked for them ("Team report: Sales (Spring)", "Export
 * brut : ..."); one written from a known wording, in any language Concord speaks, is read back
 * into its parts and written again in the reader's words, old rows included. A title of no known
 * wording is shown as it is. The parts themselves (team, campaign, questionnaire names) are data.
 */
final class ReportTitles {

    private static final List<String> WORDINGS = List.of("report.raw.title", "report.team.title");
    private static final String ALL_CAMPAIGNS = "report.raw.allCampaigns";

    private ReportTitles() {
    }

    static String inLanguage(String stored, Locale reader) {
        if (stored == null) {
            return null;
        }
        ResourceBundle to = ResourceBundle.getBundle("messages", reader);
        for (String language : LanguageSelection.SUPPORTED) {
            Locale from = Locale.forLanguageTag(language);
            ResourceBundle bundle = ResourceBundle.getBundle("messages", from);
            for (String key : WORDINGS) {
                MessageFormat wording = new MessageFormat(bundle.getString(key), from);
                try {
                    Object[] parts = wording.parse(stored);
                    if (!wording.format(parts).equals(stored)) {
                        continue;
                    }
                    for (int i = 0; i < parts.length; i++) {
                        if (bundle.getString(ALL_CAMPAIGNS).equals(parts[i])) {
                            parts[i] = to.getString(ALL_CAMPAIGNS);
                        }
                    }
                    return new MessageFormat(to.getString(key), reader).format(parts);
                } catch (ParseException notThisWording) {
                    // another wording, or another language
                }
            }
        }
        return stored;
    }
}
