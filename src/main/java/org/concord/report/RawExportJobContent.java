package org.concord.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;
import org.concord.catalog.QuestionnaireLibrary;
import org.concord.database.ConcordDatabase;
import org.concord.questionnaire.Questionnaire;

/** Makes a raw export's content from its job's row: the questionnaire version by its key, the campaign, the language. */
@ApplicationScoped
public class RawExportJobContent implements JobContent {

    @Resource(lookup = ConcordDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private QuestionnaireLibrary library;

    @Inject
    private Clock clock;

    @Override
    public ReportKind kind() {
        return ReportKind.RAW_EXPORT;
    }

    @Override
    public ReportContent of(JobLedger.Asked asked) {
        Questionnaire questionnaire = library.all().stream().filter(q -> q.key().equals(asked.questionnaire())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no questionnaire " + asked.questionnaire() + " to export"));
        return new RawExportContent(new ReportJob.Request(questionnaire, asked.campaignId(), asked.title(), asked.locale(),
                asked.requestedBy()), new RawDataExport(dataSource, clock));
    }
}
