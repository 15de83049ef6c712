package org.concord.scoring;

import static org.concord.scoring.Fixtures.EPS;
import static org.concord.scoring.Fixtures.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaveResultsTest {

    private static List<Respondent> vector(String... teams) {
        List<Respondent> respondents = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            respondents.add(new Respondent("r" + (r + 1), teams.length > 0 ? teams[r] : null, Fixtures.VECTOR[r]));
        }
        return respondents;
    }

    private static WaveResults results(List<Respondent> respondents) {
        return WaveResults.of(Fixtures.vectorPlan(), respondents, Disclosure.standard());
    }

    @Test
    void scoresEveryRespondent() {
        WaveResults results = results(vector());
        for (int r = 0; r < 8; r++) {
            assertEquals(Fixtures.VECTOR_SCORES[r], results.scores()[r][0], EPS);
        }
    }

    @Test
    void summarisesTheScaleAsTheVectorSays() {
        ScaleSummary scale = results(vector()).scales().get(0);
        assertEquals(8, scale.n());
        assertEquals(3.5, scale.mean(), EPS);
        assertEquals(1.2282391577, scale.sd(), EPS);
        assertEquals(0.9694602273, scale.alpha().value(), EPS);
        assertEquals(0.2146425600, scale.sem().value(), EPS);
    }

    @Test
    void aRespondentWithoutAScoreCountsForNoneOfTheSummary() {
        List<Respondent> respondents = new ArrayList<>(vector());
        respondents.add(new Respondent("r9", null, new int[] {4, M, M, 4, 1}));
        ScaleSummary scale = results(respondents).scales().get(0);
        assertEquals(8, scale.n());
        assertEquals(8, scale.quality().completeCases());
    }

    @Test
    void oneRespondentHasNoSdAlphaNorSem() {
        ScaleSummary scale = results(List.of(new Respondent("r1", null, Fixtures.VECTOR[0]))).scales().get(0);
        assertEquals(1, scale.n());
        assertTrue(Double.isNaN(scale.sd()));
        assertFalse(scale.alpha().available());
        assertFalse(scale.sem().available());
    }

    @Test
    void iccIsOverTheTeams() {
        WaveResults results = results(vector("A", "A", "A", "A", "B", "B", "B", "C"));
        assertEquals(0.3385474860335197, results.icc().get("vector").icc1().value(), EPS);
        assertEquals(0.5771428571428573, results.icc().get("vector").icc2().value(), EPS);
    }

    @Test
    void iccNeedsTwoTeams() {
        assertFalse(results(vector()).icc().get("vector").icc1().available());
    }
}
