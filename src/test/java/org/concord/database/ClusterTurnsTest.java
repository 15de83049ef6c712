package org.concord.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.concord.privacy.CandidateRetention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A periodic pass runs once per cluster: of several instances asking at the same moment one
 * takes the turn, none again within the period, the first to ask after it; and the hourly
 * candidate retention of an instance skips its pass when another instance has just run it.
 */
class ClusterTurnsTest {

    private static final Instant NINE = Instant.parse("2026-11-26T09:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ofInstancesAskingAtOnceExactlyOneTakesTheTurn(TestDatabase database) throws Exception {
        DataSource shared = database.fresh();
        for (int round = 0; round < 3; round++) {
            Instant at = NINE.plus(HOUR.multipliedBy(round));
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService instances = Executors.newFixedThreadPool(4);
            List<Future<Boolean>> asked = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ClusterTurns turns = new ClusterTurns(shared);
                asked.add(instances.submit(() -> {
                    go.await();
                    return turns.take("report-retention", HOUR, at);
                }));
            }
            go.countDown();
            int taken = 0;
            for (Future<Boolean> answer : asked) {
                taken += answer.get() ? 1 : 0;
            }
            instances.shutdown();
            assertEquals(1, taken, "round " + round);
        }
        assertEquals(3, runs(shared, "report-retention"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theTurnComesBackAfterThePeriodToWhicheverInstanceAsksFirst(TestDatabase database) throws Exception {
        DataSource shared = database.fresh();
        ClusterTurns first = new ClusterTurns(shared);
        ClusterTurns second = new ClusterTurns(shared);
        assertTrue(first.take("t", HOUR, NINE));
        assertFalse(first.take("t", HOUR, NINE.plusSeconds(300)));
        assertFalse(second.take("t", HOUR, NINE.plus(Duration.ofMinutes(59))));
        assertTrue(second.take("t", HOUR, NINE.plus(HOUR)), "the first instance is gone: the second takes over");
        assertTrue(first.take("other", HOUR, NINE.plusSeconds(300)), "each task has its own turn");
        assertEquals(2, runs(shared, "t"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCandidateRetentionOfAnInstanceSkipsWhenAnotherJustRanIt(TestDatabase database) throws Exception {
        DataSource shared = database.fresh();
        try (Container container = new Container(shared, java.time.Clock.fixed(NINE, ZoneOffset.UTC))) {
            ClusterTurns other = new ClusterTurns(shared);
            assertTrue(other.take(CandidateRetention.TASK, HOUR, NINE.minusSeconds(600)));
            CandidateRetention retention = container.get(CandidateRetention.class);
            assertFalse(retention.turn(), "another instance ran it ten minutes ago");
            container.clock(java.time.Clock.fixed(NINE.plus(Duration.ofMinutes(50)), ZoneOffset.UTC));
            assertTrue(retention.turn());
            assertFalse(other.take(CandidateRetention.TASK, HOUR, NINE.plus(Duration.ofMinutes(55))));
            assertEquals(2, runs(shared, CandidateRetention.TASK));
        }
    }

    private static long runs(DataSource dataSource, String task) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT runs FROM cluster_turn WHERE task = ?")) {
            select.setString(1, task);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getLong(1);
            }
        }
    }
}
