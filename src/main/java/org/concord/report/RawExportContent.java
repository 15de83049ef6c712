package org.concord.report;

import java.io.OutputStream;
import java.util.function.LongConsumer;

/**
 * A raw data export as a job's content: one questionnaire version, optionally one campaign,
 * counted and then streamed row by row by {@link RawDataExport}; the steps are its rows. What
 * the disclosure gate lets out is decided once, when counted, and the same is written.
 */
final class RawExportContent implements ReportContent {

    private final ReportJob.Request request;
    private final RawDataExport export;
    /** Decided when counted, so the job asks the gate once; written with what was counted. */
    private RawSelection selection;

    RawExportContent(ReportJob.Request request, RawDataExport export) {
        this.request = request;
        this.export = export;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.RAW_EXPORT;
    }

    @Override
    public String title() {
        return request.title();
    }

    @Override
    public String subject() {
        return request.campaignId() == null ? request.questionnaire().key() : "campaign-" + request.campaignId();
    }

    @Override
    public String fileSubject() {
        return request.questionnaire().key() + (request.campaignId() == null ? "" : "-" + subject());
    }

    @Override
    public String requestedBy() {
        return request.requestedBy();
    }

    @Override
    public long total() throws Exception {
        selection = export.select(request.questionnaire(), request.campaignId());
        return selection.exported();
    }

    @Override
    public void write(OutputStream out, LongConsumer progress) throws Exception {
        if (selection == null) {
            selection = export.select(request.questionnaire(), request.campaignId());
        }
        export.write(request.questionnaire(), request.campaignId(), selection, request.locale(), out, progress);
    }
}
