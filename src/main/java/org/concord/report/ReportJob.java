package org.concord.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.questionnaire.Questionnaire;

/**
 * One report being generated on a managed executor thread of the instance that claimed it: it
 * asks its {@link ReportContent} how many steps to expect, writes into a partial file named
 * after the job ({@code <id>.xlsx.part}) in the report folder, renames the finished file and
 * lists it in the archive, so the archive never lists a file that is not complete. Its
 * progress is read from other threads while it runs (and written to the job's row for every
 * instance by {@link ReportJobs}); a job whose claim was lost meanwhile (see {@link Claim}) stops
 * and lists nothing, since another instance has marked it failed.
 */
public final class ReportJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(ReportJob.class.getName());

    /** Where a job stands. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What to export and for whom: the campaign is null for every campaign. */
    public record Request(Questionnaire questionnaire, Long campaignId, String title, Locale locale, String requestedBy) {
    }

    /** Whether the instance running a job still holds it; checked as it writes and before it lists the file. */
    @FunctionalInterface
    public interface Claim {
        boolean held();
    }

    private final String id;
    private final Claim claim;
    private final ReportContent content;
    private final ReportArchive archive;
    private final Clock clock;
    private final AtomicLong written = new AtomicLong();
    private volatile State state = State.QUEUED;
    private volatile long total;
    private volatile Long reportId;

    ReportJob(Request request, RawDataExport export, ReportArchive archive, Clock clock) {
        this(new RawExportContent(request, export), archive, clock);
    }

    public ReportJob(ReportContent content, ReportArchive archive, Clock clock) {
        this(UUID.randomUUID().toString(), () -> true, content, archive, clock);
    }

    /** Job {@code id} of the ledger, run while {@code claim} holds. */
    ReportJob(String id, Claim claim, ReportContent content, ReportArchive archive, Clock clock) {
        this.id = id;
        this.claim = claim;
        this.content = content;
        this.archive = archive;
        this.clock = clock;
    }

    @Override
    public void run() {
        state = State.RUNNING;
        String fileName = ReportFiles.name(content.kind(), content.fileSubject(), clock.instant(), "xlsx");
        Path part = partFile(archive.folder(), id);
        try {
            total = content.total();
            Files.createDirectories(archive.folder());
            try (OutputStream out = Files.newOutputStream(part)) {
                content.write(out, this::progress);
            }
            if (!claim.held()) {
                throw new IllegalStateException("report job " + id + " was taken from this instance");
            }
            Files.move(part, archive.file(fileName), StandardCopyOption.ATOMIC_MOVE);
            reportId = archive.record(content.kind(), content.title(), content.subject(), content.requestedBy(), fileName).getId();
            state = State.DONE;
        } catch (Exception | LinkageError e) {
            LOG.log(Level.SEVERE, "The " + content.kind().code() + " of " + content.fileSubject() + " failed", e);
            try {
                Files.deleteIfExists(part);
            } catch (java.io.IOException ignored) {
                // the retention cleaner removes it later
            }
            state = State.FAILED;
        }
    }

    private void progress(long done) {
        written.set(done);
        if (done % 1000 == 0 && !claim.held()) {
            throw new IllegalStateException("report job " + id + " was taken from this instance");
        }
    }

    /** The partial file of job {@code id} in {@code folder}, while it is being written. */
    static Path partFile(Path folder, String id) {
        return folder.resolve(ReportFiles.requireSafe(id.toLowerCase(Locale.ROOT) + ".xlsx") + ".part");
    }

    /** The job a partial file belongs to, by its name; null for any other file. */
    static String jobOf(Path part) {
        String name = part.getFileName().toString();
        return name.endsWith(".xlsx.part") ? name.substring(0, name.length() - ".xlsx.part".length()) : null;
    }

    public String id() {
        return id;
    }

    public State state() {
        return state;
    }

    /** 0..100; 100 once finished, well or not. */
    public int percent() {
        State now = state;
        if (now == State.DONE || now == State.FAILED) {
            return 100;
        }
        long all = total;
        return all == 0 ? 0 : (int) Math.min(99, written.get() * 100 / all);
    }

    /** The steps written so far. */
    public long done() {
        return written.get();
    }

    /** The steps the content announced (0 until it has). */
    public long total() {
        return total;
    }

    /** The archived report, once done. */
    public Long reportId() {
        return reportId;
    }
}
