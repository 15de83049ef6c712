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
 * One raw export being generated on a managed executor thread, watched by the page that
 * started it: it counts the rows to come, streams them into a {@code .part} file in the report
 * folder, renames the finished file and lists it in the archive, so the archive never lists
 * a file that is not complete. Its progress is read from other threads while it runs.
 */
public final class ReportJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(ReportJob.class.getName());

    /** Where a job stands. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What to export and for whom: the campaign is null for every campaign. */
    public record Request(Questionnaire questionnaire, Long campaignId, String title, Locale locale, String requestedBy) {
    }

    private final String id = UUID.randomUUID().toString();
    private final Request request;
    private final RawDataExport export;
    private final ReportArchive archive;
    private final Clock clock;
    private final AtomicLong written = new AtomicLong();
    private volatile State state = State.QUEUED;
    private volatile long total;
    private volatile Long reportId;

    ReportJob(Request request, RawDataExport export, ReportArchive archive, Clock clock) {
        this.request = request;
        this.export = export;
        this.archive = archive;
        this.clock = clock;
    }

    @Override
    public void run() {
        state = State.RUNNING;
        Questionnaire questionnaire = request.questionnaire();
        String subject = request.campaignId() == null ? questionnaire.key() : "campaign-" + request.campaignId();
        String fileName = ReportFiles.name(ReportKind.RAW_EXPORT,
                questionnaire.key() + (request.campaignId() == null ? "" : "-" + subject), clock.instant(), "xlsx");
        Path part = archive.folder().resolve(fileName + ".part");
        try {
            total = export.count(questionnaire, request.campaignId());
            Files.createDirectories(archive.folder());
            try (OutputStream out = Files.newOutputStream(part)) {
                export.write(questionnaire, request.campaignId(), request.locale(), out, written::set);
            }
            Files.move(part, archive.file(fileName), StandardCopyOption.ATOMIC_MOVE);
            reportId = archive.record(ReportKind.RAW_EXPORT, request.title(), subject, request.requestedBy(), fileName).getId();
            state = State.DONE;
        } catch (Exception | LinkageError e) {
            LOG.log(Level.SEVERE, "The raw export of " + questionnaire.key() + " failed", e);
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
