package org.concord.report;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.concord.questionnaire.Questionnaire;

/**
 * The raw data export for HR analysts: every submitted campaign questionnaire of one
 * questionnaire version (or of one campaign) that the disclosure gate lets out, one row each,
 * with a row number drawn for this export, its campaign, wave and team, every answer and every
 * scale score, plus a codebook sheet, titled in the reader's language. Waves still open are
 * left out, teams below the threshold pooled as "other teams" or left out, rows come in an
 * order unrelated to submission and carry no time; the codebook says what was left out and
 * why. Rows stream from a forward-only cursor, read on a thread of its own, into the streaming
 * writer, so memory stays flat however many there are and reading and writing overlap.
 *
 * <p><b>For HR only.</b> These are individual rows. They must never reach a manager: a
 * manager's report shows team aggregates only, and only for teams at or above the campaign's
 * anonymity threshold. Candidates' self-reports and interview ratings are recruiters' data and
 * are not exported here. The caller (the report job, later the Reports page's role check) is
 * responsible for letting only HR staff run this export.
 */
public final class RawDataExport {

    private static final Logger LOG = Logger.getLogger(RawDataExport.class.getName());

    private final RawRowReader reader;
    private final Clock clock;

    public RawDataExport(DataSource dataSource, Clock clock) {
        this.reader = new RawRowReader(dataSource);
        this.clock = clock;
    }

    /**
     * Writes the workbook to {@code out} and closes it; {@code campaignId} null means every
     * campaign. Returns the number of assessments exported.
     */
    public long write(Questionnaire questionnaire, Long campaignId, Locale locale, OutputStream out)
            throws IOException, SQLException {
        return write(questionnaire, campaignId, locale, out, rowsWritten -> { });
    }

    /** How many rows an export would hold now, for a progress bar. */
    public long count(Questionnaire questionnaire, Long campaignId) throws SQLException {
        return select(questionnaire, campaignId).exported();
    }

    /** What the disclosure gate lets out of this export today; a job decides it once, counts it, then writes it. */
    RawSelection select(Questionnaire questionnaire, Long campaignId) throws SQLException {
        return reader.select(new RawLayout(questionnaire), campaignId, LocalDate.now(clock));
    }

    /** As {@link #write(Questionnaire, Long, Locale, OutputStream)}, telling {@code progress} each row written. */
    public long write(Questionnaire questionnaire, Long campaignId, Locale locale, OutputStream out,
                      LongConsumer progress) throws IOException, SQLException {
        return write(questionnaire, campaignId, select(questionnaire, campaignId), locale, out, progress);
    }

    /** As above, with the {@code selection} already decided by {@link #select}. */
    long write(Questionnaire questionnaire, Long campaignId, RawSelection selection, Locale locale, OutputStream out,
               LongConsumer progress) throws IOException, SQLException {
        ReportTexts texts = ReportTexts.of(locale);
        RawLayout layout = new RawLayout(questionnaire);
        long started = System.nanoTime();
        long rows;
        try (XlsxWriter xlsx = new XlsxWriter(out)) {
            RawSheet sheet = new RawSheet(xlsx, layout, texts);
            long[] written = {0};
            rows = reader.read(layout, campaignId, selection, row -> {
                sheet.write(row);
                progress.accept(++written[0]);
            });
            Codebook.write(xlsx, questionnaire, texts, selection);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Raw export of " + questionnaire.key() + (campaignId == null ? "" : " in campaign " + campaignId)
                + ": " + rows + " assessments in " + millis + " ms");
        return rows;
    }
}
