package org.concord.web.hr;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.concord.interview.InterviewReliability;
import org.concord.interview.InterviewReliabilityService;
import org.concord.report.ReportFiles;
import org.concord.report.ReportTexts;
import org.concord.report.interview.InterviewReliabilityWorkbook;
import org.concord.scoring.Estimate;
import org.concord.security.AuditTrail;
import org.concord.security.CurrentUser;
import org.concord.web.shared.LanguageSelection;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code /hr/interviews.xhtml}: how reliable the interview panels are (per interview
 * questionnaire version and scale, ICC(1), ICC(2) and the panel size that reaches 0.80) and
 * how severe each interviewer is, with the same as a workbook to download (audited).
 */
@Named
@RequestScoped
public class InterviewsPage {

    @Inject
    private InterviewReliabilityService reliability;

    @Inject
    private LanguageSelection language;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    private List<InterviewReliability> versions;

    public List<InterviewReliability> getVersions() {
        if (versions == null) {
            versions = reliability.all();
        }
        return versions;
    }

    /** Why a figure is not available, in the reader's language. */
    public String reason(Estimate estimate) {
        return ReportTexts.of(language.getLocale()).reason(estimate);
    }

    /** The workbook of the page's figures, in the reader's language. */
    public StreamedContent workbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterviewReliabilityWorkbook.write(getVersions(), language.getLocale(), out);
        String fileName = "interview-reliability-" + LocalDate.now(clock) + ".xlsx";
        audit.record(currentUser.getUsername(), "report.downloaded", "interview-reliability", fileName);
        byte[] content = out.toByteArray();
        return DefaultStreamedContent.builder()
                .name(fileName)
                .contentType(ReportFiles.XLSX_CONTENT_TYPE)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }
}
