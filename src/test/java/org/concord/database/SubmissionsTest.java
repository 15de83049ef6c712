package org.concord.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A post and its repeat, one after the other and both at once, on H2 and PostgreSQL: the work
 * runs once, and the repeat gets the first one's result; a failed post can be tried again.
 */
class SubmissionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRepeatDoesNothingAndGetsTheFirstResult(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            AtomicInteger runs = new AtomicInteger();
            Submissions submissions = container.get(Submissions.class);

            Submissions.Outcome first = submissions.once("k1", "candidate.create", () -> "c-" + runs.incrementAndGet());
            Submissions.Outcome second = submissions.once("k1", "candidate.create", () -> "c-" + runs.incrementAndGet());

            assertEquals(new Submissions.Outcome("c-1", false), first);
            assertEquals(new Submissions.Outcome("c-1", true), second);
            assertEquals(1, runs.get());
            assertEquals(new Submissions.Outcome("c-2", false), submissions.once("k2", "candidate.create", () -> "c-" + runs.incrementAndGet()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoPostsAtOnceRunTheWorkOnce(TestDatabase database) throws Exception {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            AtomicInteger runs = new AtomicInteger();
            Submissions submissions = container.get(Submissions.class);
            CountDownLatch bothStarted = new CountDownLatch(2);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                List<Future<Submissions.Outcome>> posts = List.of(1, 2).stream().map(n -> threads.submit(() -> {
                    bothStarted.countDown();
                    bothStarted.await();
                    return submissions.once("same", "links.generate", () -> {
                        int run = runs.incrementAndGet();
                        try {
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return "run-" + run;
                    });
                })).toList();
                Submissions.Outcome a = posts.get(0).get();
                Submissions.Outcome b = posts.get(1).get();

                assertEquals(1, runs.get());
                assertEquals("run-1", a.result());
                assertEquals("run-1", b.result());
                assertEquals(1, (a.repeat() ? 1 : 0) + (b.repeat() ? 1 : 0));
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailedPostLeavesNothingAndMayBeTriedAgain(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            Submissions submissions = container.get(Submissions.class);
            assertThrows(IllegalArgumentException.class, () -> submissions.once("k", "team.create", () -> {
                throw new IllegalArgumentException("refused");
            }));
            assertEquals(new Submissions.Outcome("t-1", false), submissions.once("k", "team.create", () -> "t-1"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutAKeyTheWorkJustRuns(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            AtomicInteger runs = new AtomicInteger();
            Submissions submissions = container.get(Submissions.class);
            submissions.once(null, "x", () -> "r" + runs.incrementAndGet());
            submissions.once(null, "x", () -> "r" + runs.incrementAndGet());
            assertEquals(2, runs.get());
        }
    }
}
