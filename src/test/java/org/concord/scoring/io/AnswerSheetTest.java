package org.concord.scoring.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.concord.questionnaire.Band;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Key;
import org.concord.questionnaire.Kind;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.ResponseFormat;
import org.concord.questionnaire.Scale;
import org.concord.questionnaire.Text;
import org.concord.scoring.Respondent;
import org.concord.scoring.ScoringPlan;
import org.junit.jupiter.api.Test;

class AnswerSheetTest {

    private static final int M = ScoringPlan.MISSING;
    private static final Text T = Text.of("t", "t");

    private final ScoringPlan plan = ScoringPlan.of(new Questionnaire("q", 1, Kind.TEAM_MEMBER, T, T, T,
            new ResponseFormat(1, 5, Map.of(1, T, 2, T, 3, T, 4, T, 5, T)),
            List.of(new Scale("s", T, T, 0.8, List.of(new Band("all", 1, 5, T, T, null, false)), List.of(), null)),
            List.of(item("a"), item("b"), item("c")), "Concord", "test", false, null, 1));

    private static Item item(String id) {
        return new Item(id, "s", T, Key.PLUS, List.of(), Map.of());
    }

    private List<Respondent> read(String csv) throws AnswerFileException {
        return AnswerSheet.read(plan, "answers.csv", csv).respondents();
    }

    private String problem(String csv) {
        AnswerFileException e = assertThrows(AnswerFileException.class, () -> read(csv));
        return e.problems().get(0);
    }

    @Test
    void readsRespondentsTeamsAndAnswers() throws AnswerFileException {
        List<Respondent> respondents = read("respondent,team,a,b,c\nr1,A,1,2,3\nr2,,5,,4\n");
        assertEquals("r1", respondents.get(0).id());
        assertEquals("A", respondents.get(0).team());
        assertArrayEquals(new int[] {1, 2, 3}, respondents.get(0).answers());
        assertFalse(respondents.get(1).inTeam());
        assertArrayEquals(new int[] {5, M, 4}, respondents.get(1).answers());
    }

    @Test
    void columnsMayComeInAnyOrder() throws AnswerFileException {
        Respondent respondent = read("c,team,b,respondent,a\n3,A,2,r1,1\n").get(0);
        assertEquals("r1", respondent.id());
        assertArrayEquals(new int[] {1, 2, 3}, respondent.answers());
    }

    @Test
    void quotedCellsMayHoldCommas() throws AnswerFileException {
        Respondent respondent = read("respondent,team,a,b,c\n\"Doe, Jane\",\"Sales, North\",1,2,3\n").get(0);
        assertEquals("Doe, Jane", respondent.id());
        assertEquals("Sales, North", respondent.team());
    }

    @Test
    void cellsAreTrimmed() throws AnswerFileException {
        assertArrayEquals(new int[] {1, M, 3}, read("respondent,team,a,b,c\nr1,A, 1 , ,3\n").get(0).answers());
    }

    @Test
    void aHeaderOnlyFileHasNoRespondents() throws AnswerFileException {
        assertTrue(read("respondent,team,a,b,c\n").isEmpty());
    }

    @Test
    void refusesAnAnswerOutsideTheFormat() {
        assertEquals("answers.csv:3: column 4 (b): answer 6 lies outside 1..5", problem("respondent,team,a,b,c\nr1,A,1,2,3\nr2,A,1,6,3\n"));
    }

    @Test
    void refusesZero() {
        assertEquals("answers.csv:2: column 3 (a): answer 0 lies outside 1..5", problem("respondent,team,a,b,c\nr1,A,0,2,3\n"));
    }

    @Test
    void refusesANonIntegerAnswer() {
        String problem = problem("respondent,team,a,b,c\nr1,A,1,2.5,3\n");
        assertTrue(problem.startsWith("answers.csv:2: column 4 (b): '2.5' is not a whole number"), problem);
    }

    @Test
    void refusesAHugeNumberWithoutOverflow() {
        assertTrue(problem("respondent,team,a,b,c\nr1,A,1,99999999999,3\n").contains("column 4 (b)"));
    }

    @Test
    void refusesAnUnknownItemColumn() {
        String problem = problem("respondent,team,a,b,c,d\nr1,A,1,2,3,4\n");
        assertTrue(problem.startsWith("answers.csv:1: column 6 (d): unknown item 'd'"), problem);
    }

    @Test
    void refusesAHeaderWithoutRespondent() {
        assertTrue(problem("id,team,a,b,c\nr1,A,1,2,3\n").contains("no 'respondent' column"));
    }

    @Test
    void refusesAHeaderWithoutTeam() {
        String problem = problem("respondent,a,b,c\nr1,1,2,3\n");
        assertTrue(problem.startsWith("answers.csv:1: ") && problem.contains("no 'team' column"), problem);
    }

    @Test
    void refusesAHeaderMissingAnItem() {
        assertEquals("answers.csv:1: the header has no column for item 'c'", problem("respondent,team,a,b\nr1,A,1,2\n"));
    }

    @Test
    void refusesARepeatedColumn() {
        assertEquals("answers.csv:1: column 6 (a): column 'a' repeats column 3", problem("respondent,team,a,b,c,a\n"));
    }

    @Test
    void refusesADuplicateRespondent() {
        assertEquals("answers.csv:4: column 1 (respondent): respondent 'r1' is already on line 2",
                problem("respondent,team,a,b,c\nr1,A,1,2,3\nr2,A,1,2,3\nr1,B,1,2,3\n"));
    }

    @Test
    void refusesAnEmptyRespondent() {
        assertEquals("answers.csv:2: column 1 (respondent): the respondent id is empty", problem("respondent,team,a,b,c\n,A,1,2,3\n"));
    }

    @Test
    void refusesARowWithTooFewCells() {
        assertEquals("answers.csv:2: column 5 (c): the row has 4 cells but the header has 5",
                problem("respondent,team,a,b,c\nr1,A,1,2\n"));
    }

    @Test
    void refusesARowWithTooManyCells() {
        assertEquals("answers.csv:2: column 6: the row has 6 cells but the header has 5",
                problem("respondent,team,a,b,c\nr1,A,1,2,3,4\n"));
    }

    @Test
    void refusesAMalformedFile() {
        assertEquals("answers.csv:2: column 2: a quoted field is not closed", problem("respondent,team,a,b,c\nr1,\"A,1,2,3\n").substring(0, 53));
    }

    @Test
    void refusesAnEmptyFile() {
        assertTrue(problem("").startsWith("answers.csv:1: the file is empty"));
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        AnswerFileException e = assertThrows(AnswerFileException.class,
                () -> read("respondent,team,a,b,c\nr1,A,9,2,3\nr2,A,1,x,3\n"));
        assertEquals(2, e.problems().size());
    }

    @Test
    void aRowNumberCountsLinesInsideQuotedCells() {
        assertTrue(problem("respondent,team,a,b,c\n\"r\n1\",A,1,2,3\nr2,A,1,2,7\n").startsWith("answers.csv:4: column 5 (c)"));
    }

    @Test
    void aWaveColumnGivesEachRespondentItsWaveTheFirstBeingBefore() throws AnswerFileException {
        AnswerFile file = AnswerSheet.read(plan, "answers.csv", "respondent,wave,team,a,b,c\nr1,T2,A,1,2,3\nr2,T1,A,5,,4\nr3,T2,,3,3,3\n");
        assertTrue(file.hasWaves());
        assertEquals(List.of("T2", "T1", "T2"), file.waves());
        assertEquals(List.of("T2", "T1"), file.waveLabels());
        assertEquals(List.of("r1", "r3"), file.inWave("T2").stream().map(Respondent::id).toList());
    }

    @Test
    void withoutAWaveColumnThereAreNoWaves() throws AnswerFileException {
        AnswerFile file = AnswerSheet.read(plan, "answers.csv", "respondent,team,a,b,c\nr1,A,1,2,3\n");
        assertFalse(file.hasWaves());
        assertEquals(List.of(), file.waveLabels());
    }

    @Test
    void everyWrongWaveCellIsReportedWithItsLineAndColumn() {
        AnswerFileException e = assertThrows(AnswerFileException.class, () -> AnswerSheet.read(plan, "answers.csv",
                "respondent,team,a,b,c,wave\nr1,A,1,2,3,x\nr2,A,1,2,3,\nr3,A,1,2,3,y\nr4,A,1,2,3,z\nr5,A,1,2,3, \n"));
        assertEquals(List.of("answers.csv:3: column 6 (wave): the wave is empty; each row names one of the file's two waves",
                "answers.csv:5: column 6 (wave): a third wave 'z'; the wave column holds two values, 'x' (before) and 'y' (after)",
                "answers.csv:6: column 6 (wave): the wave is empty; each row names one of the file's two waves"), e.problems());
    }
}
