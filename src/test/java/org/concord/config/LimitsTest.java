package org.concord.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class LimitsTest {

    /** Concord's defaults (META-INF/microprofile-config.properties) and {@code given} settings, which come first. */
    private static Config with(Map<String, String> given) {
        return new SmallRyeConfigBuilder().addDefaultSources()
                .withSources(new PropertiesConfigSource(given, "given", 400)).build();
    }

    @Test
    void withoutConfigurationTheDefaultsHold() {
        Limits limits = new Limits(with(Map.of()));

        assertEquals(30, limits.reportRetentionDays());
        assertEquals(180, limits.candidateRetentionDays());
        assertEquals(30, limits.normsMinimum());
    }

    @Test
    void aSettingIsReadFromTheEnvironmentInUpperCaseWithUnderscores() {
        Config config = new SmallRyeConfigBuilder().addDefaultSources()
                .withSources(new EnvConfigSource(Map.of("CONCORD_NORMS_MINIMUM", "45", "CONCORD_RETENTION_DAYS", "90"), 300))
                .build();

        assertEquals(45, new Limits(config).normsMinimum());
        assertEquals(90, new Limits(config).candidateRetentionDays());
    }

    @Test
    void theNormMinimumIsThirtyUnlessConfigured() {
        assertEquals(45, new Limits(with(Map.of("concord.norms.minimum", "45"))).normsMinimum());
        assertEquals(25, new Limits(with(Map.of("concord.norms.minimum", " 25 "))).normsMinimum());
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
        Logger logger = Logger.getLogger(Limits.class.getName());
        logger.addHandler(handler);
        try {
            assertEquals(20, new Limits(with(Map.of("concord.norms.minimum", "4"))).normsMinimum());
        } finally {
            logger.removeHandler(handler);
        }
        assertTrue(logged.stream().anyMatch(r -> r.getLevel() == Level.WARNING && r.getMessage().contains("concord.norms.minimum is 4")),
                logged.toString());
    }

    @Test
    void aValueThatCannotBeUsedIsTheDefault() {
        Limits limits = new Limits(with(Map.of("concord.norms.minimum", "many", "concord.reports.retentionDays", "0",
                "concord.retention.days", "3651")));

        assertEquals(30, limits.normsMinimum());
        assertEquals(30, limits.reportRetentionDays());
        assertEquals(180, limits.candidateRetentionDays());
    }

    @Test
    void retentionPeriodsWithinTheirBoundsAreKept() {
        Limits limits = new Limits(with(Map.of("concord.reports.retentionDays", "7", "concord.retention.days", "3650")));

        assertEquals(7, limits.reportRetentionDays());
        assertEquals(3650, limits.candidateRetentionDays());
    }
}
