package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The hand-over of raw export rows between the reading and the writing thread: every row
 * arrives once and in order across many batches, a reader's failure reaches the writer after
 * the rows before it, and a writer's failure stops the reader.
 */
class RawRowPipeTest {

    private static final int ROWS = RawRowPipe.BATCH * 5 + 17;

    @Test
    void everyRowArrivesOnceInOrder() throws Exception {
        RawRowPipe pipe = new RawRowPipe(2);
        Thread reader = new Thread(() -> {
            for (int r = 1; r <= ROWS; r++) {
                RawRow row = pipe.slot().reset(r, "c", "w", null);
                row.values[0] = r;
                pipe.commit();
            }
            pipe.finish(null);
        });
        reader.start();
        List<Long> seen = new ArrayList<>();
        pipe.drainTo(row -> {
            assertEquals(row.number, (long) row.values[0]);
            seen.add(row.number);
        });
        reader.join();
        assertEquals(ROWS, seen.size());
        for (int i = 0; i < ROWS; i++) {
            assertEquals(i + 1L, seen.get(i).longValue());
        }
        assertNull(pipe.failure());
    }

    @Test
    void aReadersFailureReachesTheWriterAfterTheRowsBeforeIt() throws Exception {
        RawRowPipe pipe = new RawRowPipe(1);
        IllegalStateException broken = new IllegalStateException("connection lost");
        Thread reader = new Thread(() -> {
            for (int r = 1; r <= RawRowPipe.BATCH * 2; r++) {
                pipe.slot().reset(r, "c", "w", "t");
                pipe.commit();
            }
            pipe.finish(broken);
        });
        reader.start();
        long[] count = {0};
        pipe.drainTo(row -> count[0]++);
        reader.join();
        assertEquals(RawRowPipe.BATCH * 2, count[0]);
        assertSame(broken, pipe.failure());
    }

    @Test
    void aWritersFailureStopsTheReader() throws Exception {
        RawRowPipe pipe = new RawRowPipe(1);
        AtomicReference<Throwable> readerEnded = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                for (int r = 1; r <= ROWS * 100; r++) {
                    pipe.slot().reset(r, "c", "w", "t");
                    pipe.commit();
                }
            } catch (RuntimeException e) {
                readerEnded.set(e);
            } finally {
                pipe.finish(readerEnded.get());
            }
        });
        reader.start();
        IllegalStateException taken = assertThrows(IllegalStateException.class, () -> pipe.drainTo(row -> {
            if (row.number == 10) {
                throw new IllegalStateException("the job was taken from this instance");
            }
        }));
        reader.join();
        assertEquals("the job was taken from this instance", taken.getMessage());
        assertTrue(readerEnded.get() instanceof CancellationException, "the reader stopped at its next row");
    }
}
