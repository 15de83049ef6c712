package org.concord.report;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Hands the rows of a raw export from the thread that reads the database to the thread that
 * writes the workbook, so the two work at once (the database and the reading on one core, the
 * writer on the other) instead of each waiting for the other. Rows travel in a few batches
 * that go back and forth, refilled in place: memory stays flat however many rows pass. If the
 * writer fails, the reader is told to stop at its next row; if the reader fails, the writer
 * gets its exception once the rows before it are written.
 */
final class RawRowPipe {

    static final int BATCH = 2048;
    private static final int BATCHES = 4;

    /** A batch of refilled rows; the one with {@code size < 0} marks the end. */
    private static final class Batch {
        final RawRow[] rows;
        int size;

        Batch(RawRow[] rows, int size) {
            this.rows = rows;
            this.size = size;
        }
    }

    private static final Batch END = new Batch(new RawRow[0], -1);

    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private volatile boolean cancelled;
    private volatile Throwable failure;
    private Batch filling;

    RawRowPipe(int valueCount) {
        for (int b = 0; b < BATCHES; b++) {
            RawRow[] rows = new RawRow[BATCH];
            for (int r = 0; r < BATCH; r++) {
                rows[r] = new RawRow(valueCount);
            }
            free.add(new Batch(rows, 0));
        }
    }

    /** Reading side: the next row to fill, then {@link #commit()}; throws once the writer has stopped. */
    RawRow slot() {
        if (cancelled) {
            throw new CancellationException("the raw export's writer stopped");
        }
        if (filling == null) {
            filling = take(free);
            filling.size = 0;
        }
        return filling.rows[filling.size];
    }

    /** Reading side: the row given by {@link #slot()} is filled. */
    void commit() {
        if (++filling.size == BATCH) {
            put(filling);
            filling = null;
        }
    }

    /** Reading side, always last: no more rows, {@code error} (or null) says why. */
    void finish(Throwable error) {
        failure = error;
        if (filling != null && filling.size > 0 && error == null) {
            put(filling);
        }
        filling = null;
        put(END);
    }

    /** Writing side: hands every row to {@code rows} until the end; rethrows the reader's failure. */
    void drainTo(Consumer<RawRow> rows) {
        RuntimeException stopped = null;
        while (true) {
            Batch batch = take(full);
            if (batch == END) {
                break;
            }
            if (stopped == null) {
                try {
                    for (int r = 0; r < batch.size; r++) {
                        rows.accept(batch.rows[r]);
                    }
                } catch (RuntimeException e) {
                    stopped = e;
                    cancelled = true;
                }
            }
            free.add(batch);
        }
        if (stopped != null) {
            throw stopped;
        }
    }

    /** What ended the reading side, null when it read every row. */
    Throwable failure() {
        return failure;
    }

    private static Batch take(BlockingQueue<Batch> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while passing raw export rows");
        }
    }

    /** The full queue has room for every batch and the end marker, so this never waits. */
    private void put(Batch batch) {
        full.add(batch);
    }
}
