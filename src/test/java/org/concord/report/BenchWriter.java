package org.concord.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.concord.questionnaire.Questionnaire;

/**
 * One way of writing the benchmark's synthetic raw export to a file: Concord's writer, POI's
 * SXSSF, fastexcel or plain CSV. Each writes the same cells: the five identifying columns and
 * every answer and score of every respondent, drawn on the fly from {@link Synthetic}.
 */
interface BenchWriter {

    Questionnaire QUESTIONNAIRE = Synthetic.questionnaire(60, 7);
    ReportTexts TEXTS = ReportTexts.of(Locale.ENGLISH);

    String name();

    /** "xlsx" or "csv". */
    String extension();

    void write(Path file, int respondents) throws IOException;
}
