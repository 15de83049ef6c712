package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.concord.database.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The counts every instance shares: hits counted at once by several instances (each with its
 * own {@link ThrottleCounts} on the same database) are all counted, windows start again from
 * the first or the last hit, and silent counts are trimmed.
 */
class ThrottleCountsTest {

    private static final Instant NINE = Instant.parse("2026-11-26T09:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void hitsFromSeveralInstancesAtOnceAreAllCounted(TestDatabase database) throws Exception {
        DataSource shared = database.fresh();
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ThrottleCounts counts = new ThrottleCounts(shared);
                running.add(instances.submit(() -> {
                    for (int hit = 0; hit < 25; hit++) {
                        counts.hit("address:10.0.0.1", ThrottleCounts.Window.FROM_LAST, Duration.ofHours(1), NINE);
                    }
                }));
            }
            for (Future<?> instance : running) {
                instance.get();
            }
        } finally {
            instances.shutdown();
        }
        assertEquals(100, new ThrottleCounts(shared).get("address:10.0.0.1", ThrottleCounts.Window.FROM_LAST,
                Duration.ofHours(1), NINE).orElseThrow().hits());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCountStartsAgainAfterItsWindow(TestDatabase database) {
        ThrottleCounts counts = new ThrottleCounts(database.fresh());
        counts.hit("a", ThrottleCounts.Window.FROM_FIRST, MINUTE, NINE);
        counts.hit("a", ThrottleCounts.Window.FROM_FIRST, MINUTE, NINE.plusSeconds(59));
        assertEquals(2, counts.get("a", ThrottleCounts.Window.FROM_FIRST, MINUTE, NINE.plusSeconds(59)).orElseThrow().hits());
        assertTrue(counts.get("a", ThrottleCounts.Window.FROM_FIRST, MINUTE, NINE.plusSeconds(60)).isEmpty(), "a minute after the first");
        counts.hit("a", ThrottleCounts.Window.FROM_FIRST, MINUTE, NINE.plusSeconds(60));
        assertEquals(1, counts.get("a", ThrottleCounts.Window.FROM_FIRST, MINUTE, NINE.plusSeconds(61)).orElseThrow().hits());

        counts.hit("b", ThrottleCounts.Window.FROM_LAST, MINUTE, NINE);
        counts.hit("b", ThrottleCounts.Window.FROM_LAST, MINUTE, NINE.plusSeconds(50));
        assertEquals(2, counts.get("b", ThrottleCounts.Window.FROM_LAST, MINUTE, NINE.plusSeconds(100)).orElseThrow().hits(),
                "a minute after the last, not the first");
        counts.hit("b", ThrottleCounts.Window.FROM_LAST, MINUTE, NINE.plusSeconds(200));
        assertEquals(1, counts.get("b", ThrottleCounts.Window.FROM_LAST, MINUTE, NINE.plusSeconds(200)).orElseThrow().hits());

        String longKey = "device:" + "x".repeat(400);
        counts.hit(longKey, ThrottleCounts.Window.FROM_LAST, MINUTE, NINE);
        assertEquals(1, counts.get(longKey, ThrottleCounts.Window.FROM_LAST, MINUTE, NINE).orElseThrow().hits());
        counts.forget(longKey);
        assertTrue(counts.get(longKey, ThrottleCounts.Window.FROM_LAST, MINUTE, NINE).isEmpty());

        assertEquals(1, counts.forgetSilentSince(NINE.plusSeconds(100)), "a's last hit was at 60 s");
        assertEquals(1, counts.get("b", ThrottleCounts.Window.FROM_LAST, MINUTE, NINE.plusSeconds(200)).orElseThrow().hits());
    }
}
