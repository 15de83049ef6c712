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
 * One report being generated on a managed executor thread, watched by the page that started
 * it: it asks its {@link ReportContent} how many steps to expect, writes into a {@code .part}
 * file in the report folder, renames the finished file and lists it in the archive, so the
 * archive never lists a file that is not complete. Its progress is read from other threads
 * while it runs.
 */
public final class ReportJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(ReportJob.class.getName());

    /** Where a job stands. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What to export and for whom: the campaign is null for every campaign. */
    public record Request(Questionnaire questionnaire, Long campaignId, String title, Locale locale, String requestedBy) {
    }

    private final String id = UUID.randomUUID().toString();
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
        this.content = content;
        this.archive = archive;
        this.clock = clock;
    }

    @Override
    public void run() {
        state = State.RUNNING;
        String fileName = ReportFiles.name(content.kind(), content.fileSubject(), clock.instant(), "xlsx");
        Path part = archive.folder().resolve(fileName + ".part");
        try {
            total = content.total();
            Files.createDirectories(archive.folder());
            try (OutputStream out = Files.newOutputStream(part)) {
                content.write(out, written::set);
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

    /** The archived report, once done. */
    public Long reportId() {
        return reportId;
    }
}
