package org.concord.cli;

import static org.concord.scoring.io.JsonTestReader.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.concord.scoring.MeanChange;
import org.concord.scoring.io.JsonTestReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score} with a {@code wave} column: the "after" wave's figures and each team's change. */
class ScoreCommandWavesTest {

    private static final double EPS = 1e-12;
    private static final String HEADER = "respondent,team,wave,c-1,c-2,c-3,c-4,c-5,t-1,t-2,t-3\n";
    /** The psychometrics vector's rows: cooperation 4.4, 3.4, 4.8, 2.2, 4.2, 3.0, 4.6, 1.4. */
    private static final String[] ROWS = {
        "4,5,2,4,1,4,4,5", "3,4,3,3,2,4,5,5", "5,5,1,4,1,3,4,4", "2,3,4,2,4,4,4,5",
        "4,4,2,5,2,1,5,1", "3,3,3,3,3,5,1,5", "5,4,1,5,2,1,5,5", "2,2,5,1,5,5,1,1",
    };

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int score(String csv) throws IOException, URISyntaxException {
        Path answers = folder.resolve("answers.csv");
        Files.writeString(answers, csv, StandardCharsets.UTF_8);
        Path questionnaire = Path.of(ScoreCommandWavesTest.class.getResource("/scoring/scoring-check.v1.yaml").toURI());
        return ConcordCli.run(new String[] {"score", "--questionnaire", questionnaire.toString(), "--answers", answers.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Object json(String csv) throws IOException, URISyntaxException {
        assertEquals(0, score(csv), err.toString(StandardCharsets.UTF_8));
        return JsonTestReader.parse(out.toString(StandardCharsets.UTF_8));
    }

    private static String row(String id, String team, String wave, int answers) {
        return id + "," + team + "," + wave + "," + ROWS[answers] + "\n";
    }

    /** Team A: rows 0-3 before, rows 4-7 after; team B: rows 0-2 before, row 3 after. */
    private static String twoTeams() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int r = 0; r < 4; r++) {
            csv.append(row("a" + r, "A", "spring", r));
        }
        for (int r = 0; r < 3; r++) {
            csv.append(row("b" + r, "B", "spring", r));
        }
        for (int r = 4; r < 8; r++) {
            csv.append(row("a" + r, "A", "autumn", r));
        }
        csv.append(row("b3", "B", "autumn", 3));
        return csv.toString();
    }

    private static double number(Object json, Object... path) {
        return (Double) at(json, path);
    }

    @Test
    void withoutAWaveColumnTheJsonIsExactlyAsBefore() throws IOException, URISyntaxException {
        Path questionnaire = Path.of(ScoreCommandWavesTest.class.getResource("/scoring/scoring-check.v1.yaml").toURI());
        Path answers = Path.of(ScoreCommandWavesTest.class.getResource("/scoring/vector.csv").toURI());
        assertEquals(0, ConcordCli.run(new String[] {"score", "--questionnaire", questionnaire.toString(), "--answers",
                answers.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        String expected = Files.readString(Path.of(ScoreCommandWavesTest.class.getResource("/scoring/vector.json").toURI()));
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachTeamGetsTheChangeOfEachScale() throws IOException, URISyntaxException {
        Object json = json(twoTeams());
        MeanChange want = MeanChange.of(new double[] {4.4, 3.4, 4.8, 2.2}, new double[] {4.2, 3.0, 4.6, 1.4});
        String[] path = {"teams", "A", "change", "cooperation"};
        assertEquals(want.before().value(), number(json, path[0], path[1], path[2], path[3], "before"), EPS);
        assertEquals(want.after().value(), number(json, path[0], path[1], path[2], path[3], "after"), EPS);
        assertEquals(-0.4, number(json, path[0], path[1], path[2], path[3], "difference"), EPS);
        assertEquals(want.ciLow().value(), number(json, path[0], path[1], path[2], path[3], "ci_low"), EPS);
        assertEquals(want.ciHigh().value(), number(json, path[0], path[1], path[2], path[3], "ci_high"), EPS);
        assertEquals(want.d().value(), number(json, path[0], path[1], path[2], path[3], "d"), EPS);
        assertEquals(want.dLow().value(), number(json, path[0], path[1], path[2], path[3], "d_ci_low"), EPS);
        assertEquals(want.dHigh().value(), number(json, path[0], path[1], path[2], path[3], "d_ci_high"), EPS);
        assertEquals(Boolean.FALSE, at(json, path[0], path[1], path[2], path[3], "reliable"));
        assertEquals(List.of("before", "after", "difference", "ci_low", "ci_high", "d", "d_ci_low", "d_ci_high", "reliable"),
                List.copyOf(((Map<?, ?>) at(json, path[0], path[1], path[2], path[3])).keySet()));
        assertTrue(((Map<?, ?>) at(json, "teams", "A", "change")).containsKey("trust"));
    }

    @Test
    void aClearRiseIsReliable() throws IOException, URISyntaxException {
        String csv = HEADER + row("x1", "A", "t1", 3) + row("x2", "A", "t1", 7) + row("x3", "A", "t1", 3)
                + row("y1", "A", "t2", 2) + row("y2", "A", "t2", 0) + row("y3", "A", "t2", 2);
        Object json = json(csv);
        assertEquals(Boolean.TRUE, at(json, "teams", "A", "change", "cooperation", "reliable"));
        assertTrue(number(json, "teams", "A", "change", "cooperation", "ci_low") > 0);
    }

    @Test
    void aWaveWithFewerThanTwoScoresHasANullChange() throws IOException, URISyntaxException {
        Object json = json(twoTeams());
        Map<?, ?> change = (Map<?, ?>) at(json, "teams", "B", "change", "cooperation");
        for (String key : List.of("before", "after", "difference", "ci_low", "ci_high", "d", "d_ci_low", "d_ci_high")) {
            assertTrue(change.containsKey(key), key);
            assertNull(change.get(key), key);
        }
        assertEquals(Boolean.FALSE, change.get("reliable"));
    }

    @Test
    void theTeamsOtherFiguresAreThoseOfTheAfterWave() throws IOException, URISyntaxException {
        Object json = json(twoTeams());
        assertEquals(4.0, number(json, "teams", "A", "n"));
        assertEquals(Boolean.FALSE, at(json, "teams", "A", "suppressed"));
        assertEquals((4.2 + 3.0 + 4.6 + 1.4) / 4, number(json, "teams", "A", "scales", "cooperation", "mean"), EPS);
        assertEquals(1.0, number(json, "teams", "B", "n"), "one member answered after");
        assertEquals(Boolean.TRUE, at(json, "teams", "B", "suppressed"));
        assertEquals(5.0, number(json, "scales", "cooperation", "n"), "the after wave's scale statistics");
    }

    @Test
    void aTeamThatAnsweredOnlyBeforeIsListedWithoutAfterFigures() throws IOException, URISyntaxException {
        String csv = HEADER + row("a1", "A", "t1", 0) + row("a2", "A", "t1", 1) + row("c1", "C", "t1", 2)
                + row("c2", "C", "t1", 3) + row("a3", "A", "t2", 4) + row("a4", "A", "t2", 5);
        Object json = json(csv);
        assertEquals(0.0, number(json, "teams", "C", "n"));
        assertEquals(Boolean.TRUE, at(json, "teams", "C", "suppressed"));
        assertNull(at(json, "teams", "C", "change", "cooperation", "difference"));
    }

    @Test
    void theFirstWaveInFileOrderIsBefore() throws IOException, URISyntaxException {
        String csv = HEADER + row("x1", "A", "2027", 4) + row("x2", "A", "2027", 5) + row("y1", "A", "2026", 0)
                + row("y2", "A", "2026", 1);
        Object json = json(csv);
        assertEquals(Map.of("before", "2027", "after", "2026"), at(json, "waves"));
        assertEquals((4.2 + 3.0) / 2, number(json, "teams", "A", "change", "cooperation", "before"), EPS);
        assertEquals((4.4 + 3.4) / 2, number(json, "teams", "A", "change", "cooperation", "after"), EPS);
    }

    @Test
    void everyRespondentIsListedWithItsWave() throws IOException, URISyntaxException {
        Object json = json(twoTeams());
        assertEquals(12, ((List<?>) at(json, "respondents")).size());
        assertEquals("spring", at(json, "respondents", 0, "wave"));
        assertEquals("a4", at(json, "respondents", 7, "respondent"));
        assertEquals("autumn", at(json, "respondents", 7, "wave"));
        assertEquals(4.2, number(json, "respondents", 7, "scores", "cooperation"), EPS);
    }

    @Test
    void noVarianceInEitherWaveGivesTheDifferenceWithoutInterval() throws IOException, URISyntaxException {
        String csv = HEADER + row("x1", "A", "t1", 5) + row("x2", "A", "t1", 5) + row("y1", "A", "t2", 4)
                + row("y2", "A", "t2", 4);
        Object json = json(csv);
        assertEquals(1.2, number(json, "teams", "A", "change", "cooperation", "difference"), EPS);
        assertNull(at(json, "teams", "A", "change", "cooperation", "ci_low"));
        assertNull(at(json, "teams", "A", "change", "cooperation", "d"));
        assertEquals(Boolean.FALSE, at(json, "teams", "A", "change", "cooperation", "reliable"));
    }

    @Test
    void theSameRespondentMayAnswerBothWaves() throws IOException, URISyntaxException {
        json(HEADER + row("x1", "A", "t1", 0) + row("x1", "A", "t2", 1));
        assertFalse(out.toString(StandardCharsets.UTF_8).isEmpty());
    }

    private void assertRefused(String csv, String... expected) throws IOException, URISyntaxException {
        assertEquals(1, score(csv));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing on stdout");
        String said = err.toString(StandardCharsets.UTF_8);
        for (String part : expected) {
            assertTrue(said.contains(part), "expected '" + part + "' in: " + said);
        }
    }

    @Test
    void aThirdWaveIsRefusedNamingItsRowAndColumn() throws IOException, URISyntaxException {
        assertRefused(HEADER + row("x1", "A", "t1", 0) + row("x2", "A", "t2", 1) + row("x3", "A", "t3", 2),
                "answers.csv:4: column 3 (wave)", "third wave 't3'");
    }

    @Test
    void anEmptyWaveIsRefusedNamingItsRowAndColumn() throws IOException, URISyntaxException {
        assertRefused(HEADER + row("x1", "A", "t1", 0) + row("x2", "A", "", 1) + row("x3", "A", "t2", 2),
                "answers.csv:3: column 3 (wave)", "the wave is empty");
    }

    @Test
    void aWaveColumnWithOneValueIsRefused() throws IOException, URISyntaxException {
        assertRefused(HEADER + row("x1", "A", "t1", 0) + row("x2", "A", "t1", 1), "answers.csv:1: column 3 (wave)", "one value");
    }

    @Test
    void theSameRespondentTwiceInOneWaveIsRefused() throws IOException, URISyntaxException {
        assertRefused(HEADER + row("x1", "A", "t1", 0) + row("x1", "A", "t1", 1) + row("x2", "A", "t2", 1),
                "answers.csv:3: column 1 (respondent)", "already on line 2 in wave 't1'");
    }
}
