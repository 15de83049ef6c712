package org.concord.web.recruiter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import org.concord.candidate.RecruiterException;
import org.concord.privacy.PrivacyService;
import org.concord.report.ReportFiles;
import org.concord.report.ReportKind;
import org.concord.report.candidate.CandidateReportData;
import org.concord.report.candidate.CandidateReportWorkbook;
import org.concord.report.candidate.CandidateReports;
import org.concord.security.AuditTrail;
import org.concord.security.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.concord.web.shared.LanguageSelection;

/**
 * The Excel report button of a candidate's page: the workbook is written on the spot (one
 * person's report is small) with exactly what the reader may see on the page, in their
 * language, and sent as a download named after the candidate's id, never their name. It is not
 * kept in the report folder, so nothing about the candidate outlives their erasure; the audit
 * trail records that it was generated and downloaded, about {@code candidate-<id>}.
 */
@Named
@RequestScoped
public class CandidateReportDownload {

    @Inject
    private CandidateReports reports;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private AuditTrail audit;
    @Inject
    private LanguageSelection language;
    @Inject
    private Clock clock;

    /** The candidate's report as a download; null, with the page's message, when the reader may not see the candidate. */
    public StreamedContent workbook(long candidateId) throws IOException {
        CandidateReportData data;
        try {
            data = reports.data(currentUser.caller(), candidateId);
        } catch (RecruiterException refused) {
            RecruiterMessages.refused(refused);
            return null;
        }
        Locale locale = language.getLocale();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CandidateReportWorkbook.write(data, locale, out);
        String subject = PrivacyService.subject(candidateId);
        String fileName = ReportFiles.name(ReportKind.CANDIDATE_REPORT, subject, clock.instant(), "xlsx");
        audit.record(currentUser.getUsername(), "report.generated", subject, "candidate report, direct download");
        audit.record(currentUser.getUsername(), "report.downloaded", subject, fileName);
        byte[] content = out.toByteArray();
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType(ReportFiles.XLSX_CONTENT_TYPE)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }
}
