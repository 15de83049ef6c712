package org.concord.cli;

import static org.concord.scoring.io.JsonTestReader.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concord.scoring.io.JsonTestReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code quality} of each respondent in {@code score}'s JSON, on a questionnaire of three
 * scales of three items and an attention item: hand-worked indices for one respondent, null
 * where an index is not available, and Mahalanobis D² checked by an identity of the sample
 * covariance (over the complete cases their D² sum to (n - 1) p).
 */
class ScoreCommandQualityTest {

    private static final String HEADER = "respondent,team,a-1,a-2,a-3,check,b-1,b-2,b-3,c-1,c-2,c-3\n";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Object score(String csv) throws IOException, URISyntaxException {
        Path answers = folder.resolve("answers.csv");
        Files.writeString(answers, csv, StandardCharsets.UTF_8);
        Path questionnaire = Path.of(ScoreCommandQualityTest.class.getResource("/scoring/quality-check.v1.yaml").toURI());
        int exit = ConcordCli.run(new String[] {"score", "--questionnaire", questionnaire.toString(), "--answers", answers.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        return JsonTestReader.parse(out.toString(StandardCharsets.UTF_8));
    }

    /** Twenty generated respondents, every third with one answer left out (g3 the attention item), then h and flat. */
    private static String sample() {
        Random random = new Random(2016);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int r = 0; r < 20; r++) {
            csv.append("g").append(r).append(",");
            for (int i = 0; i < 10; i++) {
                boolean skipped = r % 3 == 0 && i == r % 10;
                csv.append(",").append(skipped ? "" : String.valueOf(1 + random.nextInt(5)));
            }
            csv.append("\n");
        }
        return csv.append("h,,1,5,3,4,4,2,4,5,3,1\n").append("flat,,3,3,3,2,3,3,3,3,3,3\n").toString();
    }

    private static Map<?, ?> quality(Object json, int respondent) {
        return (Map<?, ?>) at(json, "respondents", respondent, "quality");
    }

    @Test
    void eachRespondentHasExactlyTheFourIndices() throws IOException, URISyntaxException {
        Object json = score(sample());
        assertEquals(List.of("longstring", "irv", "evenodd", "mahalanobis"), List.copyOf(quality(json, 0).keySet()));
    }

    @Test
    void theIndicesOfAHandWorkedRespondent() throws IOException, URISyntaxException {
        Map<?, ?> h = quality(score(sample()), 20);
        // raw 1 5 3 | 4 2 4 | 5 3 1 (the attention item left out): no two equal answers in a row
        assertEquals(1.0, h.get("longstring"));
        assertEquals(1.536590742882148, (Double) h.get("irv"), 1e-12);
        // keyed halves: a (1+3)/2 = 2 and 1; b 4 and 4; c 3 and 3; r = 3 / sqrt(2 * 42/9)
        double r = 3 / Math.sqrt(2 * 42 / 9.0);
        assertEquals(2 * r / (1 + r), (Double) h.get("evenodd"), 1e-12);
    }

    @Test
    void allAnswersEqualRunOverEveryItemWithNoSpreadAndNoEvenodd() throws IOException, URISyntaxException {
        Map<?, ?> flat = quality(score(sample()), 21);
        assertEquals(9.0, flat.get("longstring"));
        assertEquals(0.0, flat.get("irv"));
        assertNull(flat.get("evenodd"));
        assertTrue((Double) flat.get("mahalanobis") > 0);
    }

    @Test
    void mahalanobisIsNullWithAnUnansweredItemAndOverTheCompleteCasesSumsToNMinusOneTimesP()
            throws IOException, URISyntaxException {
        Object json = score(sample());
        double sum = 0;
        int complete = 0;
        for (int r = 0; r < 22; r++) {
            Object d2 = quality(json, r).get("mahalanobis");
            boolean skipped = r < 20 && r % 3 == 0 && r % 10 != 3;
            if (skipped) {
                assertNull(d2, "respondent " + r);
            } else {
                sum += (Double) d2;
                complete++;
            }
        }
        assertEquals(16, complete);
        assertEquals((complete - 1) * 9.0, sum, 1e-6);
    }

    @Test
    void mahalanobisIsNullWithNoMoreCompleteCasesThanItems() throws IOException, URISyntaxException {
        Object json = score(HEADER + "h,,1,5,3,4,4,2,4,5,3,1\nk,,2,4,3,4,4,2,5,5,3,2\n");
        assertNull(quality(json, 0).get("mahalanobis"));
        assertEquals(1.0, quality(json, 0).get("longstring"));
    }
}
