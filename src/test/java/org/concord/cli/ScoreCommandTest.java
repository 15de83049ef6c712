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
import org.concord.scoring.io.JsonTestReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through {@link ConcordCli#run}: the questionnaire file, a CSV of answers, the JSON. */
class ScoreCommandTest {

    private static final double EPS = 1e-9;
    private static final String HEADER = "respondent,team,c-1,c-2,c-3,c-4,c-5,t-1,t-2,t-3\n";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ScoreCommandTest.class.getResource("/scoring/" + name).toURI());
    }

    private int score(Path questionnaire, Path answers) {
        return ConcordCli.run(new String[] {"score", "--questionnaire", questionnaire.toString(), "--answers", answers.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int score(String csv) throws IOException, URISyntaxException {
        Path answers = folder.resolve("answers.csv");
        Files.writeString(answers, csv, StandardCharsets.UTF_8);
        return score(resource("scoring-check.v1.yaml"), answers);
    }

    private Object vectorJson() throws URISyntaxException {
        assertEquals(0, score(resource("scoring-check.v1.yaml"), resource("vector.csv")), err.toString());
        return JsonTestReader.parse(out.toString(StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static double number(Object document, Object... path) {
        return (Double) at(document, path);
    }

    @Test
    void namesTheQuestionnaireAndItsVersion() throws URISyntaxException {
        Object json = vectorJson();
        assertEquals("scoring-check", at(json, "questionnaire"));
        assertEquals(1.0, at(json, "version"));
    }

    @Test
    void printsEveryRespondentsScoresAsTheVectorSays() throws URISyntaxException {
        Object json = vectorJson();
        double[] expected = {4.4, 3.4, 4.8, 2.2, 4.2, 3.0, 4.6, 1.4};
        for (int r = 0; r < 8; r++) {
            assertEquals("r" + (r + 1), at(json, "respondents", r, "respondent"));
            assertEquals(expected[r], number(json, "respondents", r, "scores", "cooperation"), EPS);
        }
        assertEquals("A", at(json, "respondents", 0, "team"));
        assertEquals(13.0 / 3, number(json, "respondents", 0, "scores", "trust"), EPS);
    }

    @Test
    void printsTheScaleSummaryAsTheVectorSays() throws URISyntaxException {
        Object json = vectorJson();
        assertEquals(8.0, number(json, "scales", "cooperation", "n"));
        assertEquals(3.5, number(json, "scales", "cooperation", "mean"), EPS);
        assertEquals(1.2282391577, number(json, "scales", "cooperation", "sd"), EPS);
        assertEquals(0.9694602273, number(json, "scales", "cooperation", "alpha"), EPS);
        assertEquals(0.2146425600, number(json, "scales", "cooperation", "sem"), EPS);
    }

    @Test
    void aNegativeAlphaIsPrintedAsComputed() throws URISyntaxException {
        Object json = vectorJson();
        assertEquals(-0.36061381074168786, number(json, "scales", "trust", "alpha"), EPS);
        assertEquals(1.0274023338281626, number(json, "scales", "trust", "sem"), EPS);
    }

    @Test
    void printsTheShownTeamsNumbers() throws URISyntaxException {
        Object json = vectorJson();
        assertEquals(4.0, number(json, "teams", "A", "n"));
        assertEquals(Boolean.FALSE, at(json, "teams", "A", "suppressed"));
        assertEquals(3.7, number(json, "teams", "A", "scales", "cooperation", "mean"), EPS);
        assertEquals(1.1604596790352806, number(json, "teams", "A", "scales", "cooperation", "sd"), EPS);
        assertEquals(0.6640625, number(json, "teams", "A", "scales", "cooperation", "rwgj"), EPS);
        assertEquals(0.9545454545, number(json, "teams", "A", "scales", "trust", "rwgj"), EPS);
    }

    @Test
    void aTeamOfExactlyThreeIsShown() throws URISyntaxException {
        Object json = vectorJson();
        assertEquals(Boolean.FALSE, at(json, "teams", "B", "suppressed"));
        assertEquals(3.9333333333333336, number(json, "teams", "B", "scales", "cooperation", "mean"), EPS);
        assertEquals(0.8823529411764706, number(json, "teams", "B", "scales", "cooperation", "rwgj"), EPS);
        assertEquals(0.0, number(json, "teams", "B", "scales", "trust", "rwgj"), EPS);
    }

    @Test
    void aTeamOfOneIsSuppressedWithoutNumbers() throws URISyntaxException {
        Object json = vectorJson();
        assertEquals(Map.of("n", 1.0, "suppressed", true), at(json, "teams", "C"));
    }

    @Test
    void printsTheIccOverTheTeams() throws URISyntaxException {
        Object json = vectorJson();
        assertEquals(0.3385474860335197, number(json, "icc", "cooperation", "icc1"), EPS);
        assertEquals(0.5771428571428573, number(json, "icc", "cooperation", "icc2"), EPS);
        assertEquals(0.6240076214671326, number(json, "icc", "trust", "icc1"), EPS);
        assertEquals(0.8156911581569116, number(json, "icc", "trust", "icc2"), EPS);
    }

    @Test
    void aMissingScoreIsNullNotZero() throws IOException, URISyntaxException {
        assertEquals(0, score(HEADER + "r1,,4,,,4,1,4,4,5\n"), stderr());
        Object json = JsonTestReader.parse(stdout());
        assertTrue(((Map<?, ?>) at(json, "respondents", 0, "scores")).containsKey("cooperation"));
        assertNull(at(json, "respondents", 0, "scores", "cooperation"));
        assertNull(at(json, "respondents", 0, "team"));
        assertEquals(0.0, number(json, "scales", "cooperation", "n"));
    }

    @Test
    void oneRespondentHasNoSdAlphaSemNorIcc() throws IOException, URISyntaxException {
        assertEquals(0, score(HEADER + "r1,A,4,5,2,4,1,4,4,5\n"), stderr());
        Object json = JsonTestReader.parse(stdout());
        assertNull(at(json, "scales", "cooperation", "sd"));
        assertNull(at(json, "scales", "cooperation", "alpha"));
        assertNull(at(json, "scales", "cooperation", "sem"));
        assertNull(at(json, "icc", "cooperation", "icc1"));
        assertEquals(Boolean.TRUE, at(json, "teams", "A", "suppressed"));
    }

    @Test
    void respondentsInNoTeamAreScoredButInNoTeam() throws IOException, URISyntaxException {
        assertEquals(0, score(HEADER + "r1,,4,5,2,4,1,4,4,5\nr2,,3,4,3,3,2,4,5,5\n"), stderr());
        Object json = JsonTestReader.parse(stdout());
        assertEquals(Map.of(), at(json, "teams"));
        assertEquals(2.0, number(json, "scales", "cooperation", "n"));
    }

    @Test
    void quotedIdsWithCommasAreRead() throws IOException, URISyntaxException {
        assertEquals(0, score(HEADER + "\"Doe, \"\"J\"\"\",\"Sales, North\",4,5,2,4,1,4,4,5\n"), stderr());
        Object json = JsonTestReader.parse(stdout());
        assertEquals("Doe, \"J\"", at(json, "respondents", 0, "respondent"));
        assertEquals("Sales, North", at(json, "respondents", 0, "team"));
    }

    private void assertRefused(String csv, String... expected) throws IOException, URISyntaxException {
        assertEquals(1, score(csv));
        assertEquals("", stdout());
        for (String part : expected) {
            assertTrue(stderr().contains(part), "expected '" + part + "' in: " + stderr());
        }
    }

    @Test
    void refusesAnAnswerOutsideTheFormat() throws IOException, URISyntaxException {
        assertRefused(HEADER + "r1,A,4,5,2,4,1,4,4,5\nr2,A,4,5,6,4,1,4,4,5\n", "answers.csv:3: column 5 (c-3)", "outside 1..5");
    }

    @Test
    void refusesANonIntegerAnswer() throws IOException, URISyntaxException {
        assertRefused(HEADER + "r1,A,4,five,2,4,1,4,4,5\n", "answers.csv:2: column 4 (c-2)", "not a whole number");
    }

    @Test
    void refusesAnUnknownItemColumn() throws IOException, URISyntaxException {
        assertRefused(HEADER.strip() + ",x-9\nr1,A,4,5,2,4,1,4,4,5,3\n", "answers.csv:1: column 11 (x-9)", "unknown item");
    }

    @Test
    void refusesAHeaderWithoutTeam() throws IOException, URISyntaxException {
        assertRefused(HEADER.replace("team,", "") + "r1,4,5,2,4,1,4,4,5\n", "answers.csv:1:", "no 'team' column");
    }

    @Test
    void refusesAHeaderWithoutRespondent() throws IOException, URISyntaxException {
        assertRefused(HEADER.replace("respondent,", "") + "A,4,5,2,4,1,4,4,5\n", "answers.csv:1:", "no 'respondent' column");
    }

    @Test
    void refusesADuplicateRespondent() throws IOException, URISyntaxException {
        assertRefused(HEADER + "r1,A,4,5,2,4,1,4,4,5\nr1,B,4,5,2,4,1,4,4,5\n",
                "answers.csv:3: column 1 (respondent)", "already on line 2");
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() throws IOException, URISyntaxException {
        assertRefused(HEADER + "r1,A,4,5,2,4,1,4,4\n", "answers.csv:2: column 10 (t-3)", "9 cells");
    }

    @Test
    void refusesAMalformedFile() throws IOException, URISyntaxException {
        assertRefused(HEADER + "r1,\"A,4,5,2,4,1,4,4,5\n", "answers.csv:2: column 2", "not closed");
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws IOException, URISyntaxException {
        Path answers = folder.resolve("answers.csv");
        Files.write(answers, new byte[] {'r', (byte) 0xff, ',', 't', '\n'});
        assertEquals(1, score(resource("scoring-check.v1.yaml"), answers));
        assertEquals("", stdout());
        assertTrue(stderr().contains("not UTF-8"), stderr());
    }

    @Test
    void refusesAMissingAnswersFile() throws URISyntaxException {
        assertEquals(1, score(resource("scoring-check.v1.yaml"), folder.resolve("none.csv")));
        assertEquals("", stdout());
        assertTrue(stderr().contains("none.csv"), stderr());
    }

    @Test
    void refusesABrokenQuestionnaireWithItsProblems() throws IOException, URISyntaxException {
        Path broken = folder.resolve("scoring-check.v1.yaml");
        Files.writeString(broken, "id: scoring-check\nversion: 1\n");
        assertEquals(1, score(broken, resource("vector.csv")));
        assertEquals("", stdout());
        assertTrue(stderr().contains("scoring-check.v1.yaml:"), stderr());
    }

    @Test
    void withoutItsOptionsItPrintsUsage() {
        int code = ConcordCli.run(new String[] {"score", "--answers", "x.csv"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertEquals("", stdout());
        assertTrue(stderr().contains("usage"), stderr());
    }

    @Test
    void theOutputIsOneJsonDocument() throws URISyntaxException {
        vectorJson();
        assertEquals(List.of("questionnaire", "version", "scoringVersion", "respondents", "scales", "teams", "icc"),
                List.copyOf(((Map<?, ?>) JsonTestReader.parse(stdout())).keySet()));
    }
}
