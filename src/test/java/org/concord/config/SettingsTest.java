package org.concord.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
