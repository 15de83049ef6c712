package org.concord.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.concord.scoring.ScoringPlan;

/**
 * The gate's promises for every campaign, checked on generated waves (teams of 0 to 9, answers
 * skipped at random, some questionnaires blank, thresholds 3 to 5) the way an attacker would
 * use what it publishes: no published number rests on fewer than k respondents; no two numbers
 * of the same quantity differ by 1 to k-1 respondents (subtracting them would give those few
 * away); nothing rests on a blank questionnaire or on a member of a team the gate withheld; and
 * an open wave publishes nothing.
 */
class DisclosureGateProperties {

    /** A generated wave with its threshold. */
    record Case(int threshold, List<String> teams, List<Response> responses) {
    }

    @Provide
    Arbitrary<Case> waves() {
        Arbitrary<Integer> answer = Arbitraries.integers().between(0, 7)
                .map(x -> x == 0 || x > 5 ? ScoringPlan.MISSING : x);
        Arbitrary<int[]> answers = Arbitraries.oneOf(answer.array(int[].class).ofSize(Waves.PLAN.itemCount()),
                Arbitraries.just(new int[0]).map(none -> Waves.blank(null).answers()));
        Arbitrary<List<int[]>> team = answers.list().ofMinSize(0).ofMaxSize(9);
        return Combinators.combine(Arbitraries.integers().between(3, 5), team.list().ofMinSize(1).ofMaxSize(6))
                .as((k, teams) -> {
                    List<String> names = new ArrayList<>();
                    List<Response> responses = new ArrayList<>();
                    for (int t = 0; t < teams.size(); t++) {
                        names.add("team-" + t);
                        for (int[] member : teams.get(t)) {
                            responses.add(Waves.response("team-" + t, member));
                        }
                    }
                    java.util.Collections.shuffle(responses, new java.util.Random(responses.size()));
                    return new Case(k, names, responses);
                });
    }

    private static PublishedWave publish(Case wave, boolean released) {
        return new DisclosureGate(wave.threshold()).publish(new WaveAnswers(Waves.PLAN, wave.teams(), wave.responses(), released));
    }

    @Property
    void noPublishedNumberRestsOnFewerThanK(@ForAll("waves") Case wave) {
        for (Figure figure : publish(wave, true).figures()) {
            assertTrue(figure.size() >= wave.threshold(), figure.quantity() + " rests on " + figure.size());
        }
    }

    @Property
    void noTwoNumbersOfOneQuantityDifferByFewerThanK(@ForAll("waves") Case wave) {
        List<Figure> figures = publish(wave, true).figures();
        for (int a = 0; a < figures.size(); a++) {
            for (int b = a + 1; b < figures.size(); b++) {
                if (figures.get(a).quantity().equals(figures.get(b).quantity())) {
                    BitSet difference = figures.get(a).basis();
                    difference.xor(figures.get(b).basis());
                    int apart = difference.cardinality();
                    assertTrue(apart == 0 || apart >= wave.threshold(),
                            figures.get(a).quantity() + " twice, " + apart + " respondents apart");
                }
            }
        }
    }

    @Property
    void nothingRestsOnABlankQuestionnaireOrAWithheldTeam(@ForAll("waves") Case wave) {
        PublishedWave published = publish(wave, true);
        for (Figure figure : published.figures()) {
            figure.basis().stream().forEach(r -> {
                Response response = wave.responses().get(r);
                assertTrue(!response.blank(), figure.quantity() + " rests on a blank questionnaire");
                assertTrue(published.shown(response.team()).isPresent(), figure.quantity() + " rests on a withheld team");
            });
        }
    }

    @Property
    void theCountsShownAddUpOnlyToShownTeams(@ForAll("waves") Case wave) {
        PublishedWave published = publish(wave, true);
        for (int s = 0; s < Waves.PLAN.scaleCount(); s++) {
            int scale = s;
            int sum = published.teams().stream().filter(t -> t.shown() && t.scales().get(scale).shown())
                    .mapToInt(t -> t.scales().get(scale).n()).sum();
            assertTrue(published.scales().get(s).respondents() == sum, "organisation n is the sum of the shown teams' n");
        }
    }

    @Property
    void anOpenWavePublishesNothing(@ForAll("waves") Case wave) {
        PublishedWave published = publish(wave, false);
        assertTrue(published.figures().isEmpty());
        assertTrue(published.teams().stream().noneMatch(t -> t.shown() || t.n() > 0));
    }
}
