package org.concord.web.recruiter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import org.concord.report.Download;
import org.concord.report.ReportFiles;
import org.concord.report.candidate.CandidateReports;
import org.concord.security.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.concord.web.shared.LanguageSelection;

/**
 * The Excel report button of a candidate's page: the workbook is written on the spot (one
 * person's report is small) with exactly what the reader may see on the page, in their
 * language, and sent as a download named after the candidate's id, never their name. It is not
 * kept in the report folder, so nothing about the candidate outlives their erasure; the audit
 * trail records, in the service's transaction, that it was generated and downloaded, about
 * {@code candidate-<id>}.
 */
@Named
@RequestScoped
public class CandidateReportDownload {

    @Inject
    private CandidateReports reports;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private LanguageSelection language;

    /** The candidate's report as a download; a refusal (shown on the page) when the reader may not see the candidate. */
    public StreamedContent workbook(long candidateId) {
        Download download = reports.download(currentUser.caller(), candidateId, language.getLocale());
        return DefaultStreamedContent.builder()
                .name(download.fileName())
                .contentType(ReportFiles.XLSX_CONTENT_TYPE)
                .contentLength((long) download.content().length)
                .stream(() -> new ByteArrayInputStream(download.content()))
                .build();
    }
}
