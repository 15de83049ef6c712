package org.concord.disclosure;

import static org.concord.disclosure.Waves.PLAN;
import static org.concord.disclosure.Waves.all;
import static org.concord.disclosure.Waves.blank;
import static org.concord.disclosure.Waves.skipping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.concord.scoring.Suppression;
import org.concord.scoring.TeamResult;
import org.concord.scoring.Unavailable;
import org.junit.jupiter.api.Test;

/** The disclosure gate, rule by rule, each with the attack it stops. */
class DisclosureGateTest {

    private static final DisclosureGate GATE = new DisclosureGate(3);

    private static PublishedWave publish(boolean released, List<String> teams, List<Response> responses) {
        return GATE.publish(new WaveAnswers(PLAN, teams, responses, released));
    }

    @Test
    void theThresholdIsNeverBelowThree() {
        assertEquals(3, new DisclosureGate(1).threshold());
        assertEquals(5, new DisclosureGate(5).threshold());
    }

    @Test
    void whileTheWaveIsOpenNothingIsPublishedNotEvenAnN() {
        PublishedWave open = publish(false, List.of("a"), List.of(all("a", 3), all("a", 4), all("a", 5), all("a", 2)));
        assertFalse(open.released());
        TeamResult team = open.teams().get(0);
        assertEquals(Suppression.WAVE_OPEN, team.suppressed());
        assertEquals(0, team.n());
        assertTrue(team.scales().isEmpty());
        assertTrue(open.figures().isEmpty());
        open.scales().forEach(scale -> {
            assertEquals(Unavailable.WAVE_OPEN, scale.alpha().why());
            assertEquals(0, scale.respondents());
            scale.items().forEach(item -> assertNull(item.answered()));
        });
    }

    @Test
    void aTeamBelowTheThresholdShowsNoNumberAndNoN() {
        PublishedWave wave = publish(true, List.of("big", "small"),
                List.of(all("big", 3), all("big", 4), all("big", 5), all("small", 1), all("small", 2)));
        TeamResult small = wave.team("small").orElseThrow();
        assertEquals(Suppression.TOO_FEW_RESPONDENTS, small.suppressed());
        assertEquals(0, small.n(), "the n of a withheld team is withheld too");
        assertTrue(small.scales().isEmpty());
        assertEquals(3, wave.shown("big").orElseThrow().n());
    }

    @Test
    void organisationFiguresLeaveOutWithheldTeams() {
        List<Response> responses = new ArrayList<>();
        for (int m = 0; m < 5; m++) {
            responses.add(all("a", 1 + m % 5));
            responses.add(all("b", 1 + (m + 2) % 5));
        }
        responses.add(all("c", 5));
        responses.add(all("c", 5));
        PublishedWave wave = publish(true, List.of("a", "b", "c"), responses);
        PublishedScale scale = wave.scales().get(0);
        assertEquals(2, scale.teams(), "the withheld team is no team of the ICC");
        assertEquals(10, scale.respondents(), "26 against 24 gave a withheld team's size away; here it is not counted");
        assertEquals(10, scale.completeCases());
        for (PublishedItem item : scale.items()) {
            assertEquals(10, item.answered());
        }
        assertTrue(wave.figures().stream().noneMatch(f -> f.basis().get(10) || f.basis().get(11)),
                "no published number rests on a member of the withheld team");
    }

    @Test
    void anItemAnsweredByFewerThanThreeIsWithheldWithItsN() {
        // the attack: a team of 3, two skipped one item each; "complete cases = 1" gave the third away
        List<Response> team = List.of(skipping(all("a", 2), 0), skipping(all("a", 3), 1), all("a", 5));
        PublishedWave wave = publish(true, List.of("a"), team);
        PublishedScale scale = wave.scales().get(0);
        PublishedItem first = scale.items().get(0);
        assertNull(first.answered());
        assertEquals(Unavailable.WITHHELD, first.mean().why());
        assertEquals(Unavailable.WITHHELD, scale.alpha().why(), "one complete case");
        assertNull(scale.completeCases(), "and not its count either");
        assertEquals(Unavailable.WITHHELD, first.itemTotal().why());
        assertEquals(3, scale.items().get(2).answered(), "an item all three answered is shown");
        assertEquals(Unavailable.WITHHELD, wave.shown("a").orElseThrow().scales().get(0).rwgj().why(),
                "rwg(j) rests on the complete members, here one");
        assertEquals(3, wave.shown("a").orElseThrow().scales().get(0).n(), "each still has a score on the scale");
    }

    @Test
    void alphaAndItemStatisticsNeedTenCompleteCasesToBeShown() {
        List<Response> five = new ArrayList<>();
        for (int m = 0; m < 5; m++) {
            int[] answers = new int[PLAN.itemCount()];
            for (int i = 0; i < answers.length; i++) {
                answers[i] = 1 + (m + i % 2) % 5;
            }
            five.add(Waves.response("a", answers));
        }
        PublishedScale scale = publish(true, List.of("a"), five).scales().get(0);
        assertEquals(Unavailable.FEW_CASES_TO_SHOW, scale.alpha().why());
        assertEquals(List.of(5, 10), scale.alpha().arguments());
        assertEquals(5, scale.completeCases(), "five is enough to say how many");
        assertTrue(scale.items().get(0).mean().available(), "item means need k answers, not ten");
    }

    @Test
    void aBlankResponseCountsNowhere() {
        PublishedWave wave = publish(true, List.of("a"), List.of(all("a", 3), all("a", 4), blank("a")));
        assertFalse(wave.team("a").orElseThrow().shown(), "two answers and an empty questionnaire are two respondents");
    }

    @Test
    void aRespondentInNoListedTeamCountsNowhere() {
        PublishedWave wave = publish(true, List.of("a"), List.of(all("a", 3), all("a", 4), all("a", 2), all(null, 5),
                all("elsewhere", 1)));
        assertEquals(3, wave.scales().get(0).respondents());
    }

    @Test
    void everyPublishedNumberRecordsTheRespondentsItRestsOn() {
        PublishedWave wave = publish(true, List.of("a"), List.of(all("a", 3), all("a", 4), all("a", 2)));
        assertTrue(wave.figures().stream().anyMatch(f -> f.quantity().equals("mean:" + PLAN.scale(0).id()) && f.size() == 3));
        assertTrue(wave.figures().stream().allMatch(f -> f.size() >= 3));
    }
}
