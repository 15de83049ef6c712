package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.concord.scoring.Fixtures.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamAggregationTest {

    private final ScoringPlan plan = Fixtures.vectorPlan();

    private List<TeamResult> teams(List<Respondent> respondents) {
        double[][] scores = respondents.stream().map(r -> plan.score(r.answers())).toArray(double[][]::new);
        return new TeamAggregation(plan, Disclosure.standard()).teams(respondents, scores);
    }

    private static List<Respondent> vectorIn(String... teams) {
        List<Respondent> respondents = new ArrayList<>();
        for (int r = 0; r < teams.length; r++) {
            respondents.add(new Respondent("r" + (r + 1), teams[r], Fixtures.VECTOR[r]));
        }
        return respondents;
    }

    @Test
    void aTeamOfExactlyThreeIsShownWithItsNumbers() {
        TeamResult team = teams(vectorIn("a", "a", "a")).get(0);
        assertTrue(team.shown());
        assertEquals(3, team.n());
        TeamScale scale = team.scales().get(0);
        assertEquals((4.4 + 3.4 + 4.8) / 3, scale.mean(), EPS);
        assertEquals(Stats.sd(new double[] {4.4, 3.4, 4.8}), scale.sd(), EPS);
        assertTrue(scale.rwgj().available());
    }

    @Test
    void aTeamOfTwoIsSuppressedWithoutNumbers() {
        TeamResult team = teams(vectorIn("a", "a")).get(0);
        assertEquals(Suppression.TOO_FEW_RESPONDENTS, team.suppressed());
        assertTrue(team.scales().isEmpty());
    }

    @Test
    void teamsComeInOrderOfFirstAppearance() {
        List<TeamResult> teams = teams(vectorIn("b", "a", "b", "a", "a", "b"));
        assertEquals(List.of("b", "a"), teams.stream().map(TeamResult::team).toList());
    }

    @Test
    void respondentsInNoTeamBelongToNoTeamResult() {
        List<TeamResult> teams = teams(vectorIn("a", "a", "a", "", null));
        assertEquals(1, teams.size());
        assertEquals(3, teams.get(0).n());
    }

    @Test
    void aScaleThatTooFewMembersWereScoredOnIsWithheld() {
        List<Respondent> respondents = List.of(new Respondent("r1", "a", Fixtures.VECTOR[0]),
                new Respondent("r2", "a", Fixtures.VECTOR[1]), new Respondent("r3", "a", new int[] {M, M, M, 4, 1}));
        TeamResult team = teams(respondents).get(0);
        assertTrue(team.shown());
        TeamScale scale = team.scales().get(0);
        assertFalse(scale.shown());
        assertTrue(Double.isNaN(scale.mean()));
        assertFalse(scale.rwgj().available());
    }

    @Test
    void rwgjUsesTheTeamsAnswers() {
        TeamResult team = teams(vectorIn("a", "a", "a", "a")).get(0);
        int[][] answers = {Fixtures.VECTOR[0], Fixtures.VECTOR[1], Fixtures.VECTOR[2], Fixtures.VECTOR[3]};
        assertEquals(Agreement.rwgj(answers, 5).value(), team.scales().get(0).rwgj().value(), EPS);
        assertEquals(0.6640625, team.scales().get(0).rwgj().value(), EPS);
        assertTrue(team.scales().get(0).lowAgreement());
    }
}
