package org.concord.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void oneFormatPerLanguageForDaysAndMoments() {
        LocalDate day = LocalDate.of(2027, 2, 25);
        Instant moment = Instant.parse("2026-11-27T22:22:05Z");
        assertEquals("Feb 25, 2027", Dates.format(day, Locale.ENGLISH));
        assertEquals("25 févr. 2027", Dates.format(day, Locale.FRENCH));
        assertEquals("Nov 27, 2026, 22:22 UTC", Dates.format(moment, Locale.forLanguageTag("en-GB")));
        assertEquals("27 nov. 2026, 22:22 UTC", Dates.format(moment, Locale.FRANCE));
        assertEquals("27 nov. 2026, 22:22 UTC", Dates.format(OffsetDateTime.of(2026, 11, 28, 0, 22, 0, 0, ZoneOffset.ofHours(2)), Locale.FRENCH),
                "a moment is written in UTC");
        assertEquals("", Dates.format(null, Locale.ENGLISH));
    }
}
