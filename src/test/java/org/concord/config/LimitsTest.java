package org.concord.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void aSettingIsReadFromTheEnvironmentInUpperCaseWithUnderscores() {
        assertEquals("CONCORD_DB_URL", Settings.environmentName("concord.db.url"));
    }

    @Test
    void aSystemPropertyIsASetting() {
        System.setProperty("concord.test.setting", "  value ");
        try {
            assertEquals("value", Settings.get("concord.test.setting").orElseThrow());
        } finally {
            System.clearProperty("concord.test.setting");
        }
    }

    @Test
    void aBlankSettingCountsAsUnset() {
        System.setProperty("concord.test.blank", "  ");
        try {
            assertTrue(Settings.get("concord.test.blank").isEmpty());
            assertEquals("fallback", Settings.get("concord.test.blank", "fallback"));
        } finally {
            System.clearProperty("concord.test.blank");
        }
    }

    @Test
    void withoutConfigurationConcordUsesItsEmbeddedDatabase() {
        assertEquals(Settings.DEFAULT_DB_URL, Settings.databaseUrl());
    }

    private static int normsMinimum(String configured) {
        System.setProperty("concord.norms.minimum", configured);
        try {
            return Settings.normsMinimum();
        } finally {
            System.clearProperty("concord.norms.minimum");
        }
    }

    @Test
    void theNormMinimumIsThirtyUnlessConfigured() {
        assertEquals(30, Settings.normsMinimum());
        assertEquals(45, normsMinimum("45"));
        assertEquals(25, normsMinimum("25"));
    }

    @Test
    void aNormMinimumBelowTwentyIsRaisedToTwentyWithAWarning() {
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(Settings.class.getName());
        logger.addHandler(handler);
        try {
            assertEquals(20, normsMinimum("4"));
        } finally {
            logger.removeHandler(handler);
        }
        assertTrue(logged.stream().anyMatch(r -> r.getLevel() == Level.WARNING && r.getMessage().contains("concord.norms.minimum is 4")),
                logged.toString());
    }

    @Test
    void aNormMinimumThatIsNotANumberIsTheDefault() {
        assertEquals(30, normsMinimum("many"));
    }
}
