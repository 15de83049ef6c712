package org.concord.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class AuditTextsTest {

    private static AuditTexts.TextSource in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        return (key, arguments) -> new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    @Test
    void fixedDetailsAreSaidInTheReadersLanguageWithTheirFigures() {
        assertEquals("Compte inconnu", AuditTexts.detail("no such account", in(Locale.FRENCH)));
        assertEquals("Rapport d’équipe, 3 équipe(s), téléchargement direct",
                AuditTexts.detail("team report, 3 team(s), direct download", in(Locale.FRENCH)));
        assertEquals("Rôles HR, RECRUITER changés en HR", AuditTexts.detail("[HR, RECRUITER] -> [HR]", in(Locale.FRENCH)));
        assertEquals("cv-2027.xlsx", AuditTexts.detail("cv-2027.xlsx", in(Locale.FRENCH)), "data is shown as written");
        assertEquals(null, AuditTexts.detail(null, in(Locale.FRENCH)));
        assertEquals("audit.action.signInFailed", AuditTexts.actionKey("sign-in.failed"));
    }

    @Test
    void everyKeyIsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            for (String key : AuditTexts.keys()) {
                assertTrue(bundle.containsKey(key), locale + " " + key);
            }
        }
    }
}
