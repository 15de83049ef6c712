package org.concord.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageSelectionTest {

    @Test
    void aFrenchBrowserReadsFrench() {
        assertEquals("fr", LanguageSelection.preferred(Locale.CANADA_FRENCH));
    }

    @Test
    void anyOtherLanguageReadsEnglish() {
        assertEquals("en", LanguageSelection.preferred(Locale.GERMAN));
        assertEquals("en", LanguageSelection.preferred(null));
    }

    @Test
    void anUnsupportedChoiceIsIgnored() {
        LanguageSelection selection = new LanguageSelection();
        selection.choose("fr");
        selection.choose("de");

        assertEquals("fr", selection.getCode());
    }
}
