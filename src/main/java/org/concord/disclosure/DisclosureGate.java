package org.concord.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.concord.scoring.Agreement;
import org.concord.scoring.Disclosure;
import org.concord.scoring.Estimate;
import org.concord.scoring.Icc;
import org.concord.scoring.ItemQuality;
import org.concord.scoring.Reliability;
import org.concord.scoring.ScaleQuality;
import org.concord.scoring.ScoringPlan;
import org.concord.scoring.SmallSamples;
import org.concord.scoring.Stats;
import org.concord.scoring.Suppression;
import org.concord.scoring.TeamResult;
import org.concord.scoring.TeamScale;
import org.concord.scoring.Unavailable;

/**
 * The one gate every campaign number passes before anyone sees it. Given a wave's responses it
 * computes what may be published, and only that, under these rules (k is the campaign's
 * threshold, never below 3):
 * <ul>
 * <li>Nothing while the wave is open: results are released at its close, so that no reader can
 * subtract a report read at n = 3 from one read at n = 4.</li>
 * <li>Minimum cell: every number rests on at least k respondents counted for that number (a
 * team's scale mean on those with a score, rwg(j) on those who answered every item of the
 * scale, an item mean on those who answered the item, alpha and item-total r on complete
 * cases); a number from fewer is withheld, and so is its n.</li>
 * <li>No subtraction: organisation figures (ICC, alpha, item statistics, counts) are computed
 * over the teams shown on that scale only, so no published figure covers a withheld team.</li>
 * <li>No padding: a blank response is not a response; it counts nowhere.</li>
 * </ul>
 * Alpha and the item analysis also need {@link SmallSamples#COMPLETE_CASES} complete cases to be
 * shown at all: below that they say nothing trustworthy. Every number let out is recorded with
 * the respondents it rests on ({@link PublishedWave#figures()}).
 */
public final class DisclosureGate {

    private final int threshold;

    /** A gate for a campaign whose threshold is {@code configured}, raised to 3 if below it. */
    public DisclosureGate(int configured) {
        this.threshold = new Disclosure(configured).minGroupSize();
    }

    public int threshold() {
        return threshold;
    }

    /** Whether a count of respondents is enough for a number to rest on. */
    public boolean enough(int respondents) {
        return respondents >= threshold;
    }

    /** What may be published about one questionnaire of a wave. */
    public PublishedWave publish(WaveAnswers wave) {
        if (!wave.released()) {
            return closedUntilRelease(wave);
        }
        return new Publication(wave).publish();
    }

    private PublishedWave closedUntilRelease(WaveAnswers wave) {
        List<TeamResult> teams = wave.teams().stream()
                .map(team -> new TeamResult(team, 0, Suppression.WAVE_OPEN, List.of())).toList();
        List<PublishedScale> scales = new ArrayList<>();
        ScoringPlan plan = wave.plan();
        Estimate open = Estimate.notAvailable(Unavailable.WAVE_OPEN);
        for (int s = 0; s < plan.scaleCount(); s++) {
            List<PublishedItem> items = new ArrayList<>();
            for (int item : plan.itemsOf(s)) {
                items.add(new PublishedItem(plan.questionnaire().items().get(item).id(), null, open, open, open, open));
            }
            scales.add(new PublishedScale(plan.scale(s).id(), 0, 0, new Icc(open, open), null, open, items));
        }
        return new PublishedWave(false, threshold, teams, scales, List.of());
    }

    /** One released wave being decided: the counted responses by team, and the figures let out so far. */
    private final class Publication {

        private final WaveAnswers wave;
        private final ScoringPlan plan;
        private final Map<String, BitSet> members = new LinkedHashMap<>();
        private final List<Figure> figures = new ArrayList<>();

        Publication(WaveAnswers wave) {
            this.wave = wave;
            this.plan = wave.plan();
            wave.teams().forEach(team -> members.put(team, new BitSet()));
            List<Response> responses = wave.responses();
            for (int r = 0; r < responses.size(); r++) {
                Response response = responses.get(r);
                BitSet team = response.team() == null ? null : members.get(response.team());
                if (team != null && !response.blank()) {
                    team.set(r);
                }
            }
        }

        PublishedWave publish() {
            List<TeamResult> teams = new ArrayList<>();
            members.forEach((team, basis) -> teams.add(team(team, basis)));
            List<PublishedScale> scales = new ArrayList<>();
            for (int s = 0; s < plan.scaleCount(); s++) {
                scales.add(organisation(s, teams));
            }
            return new PublishedWave(true, threshold, teams, scales, figures);
        }

        private TeamResult team(String team, BitSet basis) {
            if (!enough(basis.cardinality())) {
                return new TeamResult(team, 0, Suppression.TOO_FEW_RESPONDENTS, List.of());
            }
            let("respondents", basis);
            List<TeamScale> scales = new ArrayList<>();
            for (int s = 0; s < plan.scaleCount(); s++) {
                scales.add(teamScale(s, basis));
            }
            return new TeamResult(team, basis.cardinality(), null, scales);
        }

        private TeamScale teamScale(int s, BitSet team) {
            String scale = plan.scale(s).id();
            BitSet scored = scored(team, s);
            if (!enough(scored.cardinality())) {
                return TeamScale.withheld(scale, 0, Suppression.TOO_FEW_RESPONDENTS);
            }
            double[] values = scores(scored, s);
            let("n:" + scale, scored);
            let("mean:" + scale, scored);
            BitSet complete = complete(team, s);
            Estimate rwgj;
            if (enough(complete.cardinality())) {
                rwgj = Agreement.rwgj(answers(complete), plan.itemsOf(s), plan.questionnaire().responseFormat().points());
                if (rwgj.available()) {
                    let("rwg:" + scale, complete);
                }
            } else {
                rwgj = Estimate.notAvailable(Unavailable.WITHHELD);
            }
            return new TeamScale(scale, values.length, Stats.mean(values), Stats.sd(values), rwgj, null);
        }

        private PublishedScale organisation(int s, List<TeamResult> teams) {
            String scale = plan.scale(s).id();
            BitSet shown = new BitSet();
            List<double[]> teamScores = new ArrayList<>();
            BitSet scored = new BitSet();
            for (TeamResult team : teams) {
                if (team.shown() && team.scales().get(s).shown()) {
                    BitSet basis = members.get(team.team());
                    shown.or(basis);
                    BitSet withScore = scored(basis, s);
                    scored.or(withScore);
                    teamScores.add(scores(withScore, s));
                }
            }
            Icc icc = Icc.of(teamScores);
            if (icc.icc1().available() || icc.icc2().available()) {
                let("icc:" + scale, scored);
            }
            BitSet complete = complete(shown, s);
            int cases = complete.cardinality();
            ScaleQuality quality = Reliability.quality(scale, itemIds(s), plan.completeCases(answers(complete), s));
            Estimate casesWithheld = casesWithheld(cases);
            Estimate alpha = casesWithheld != null ? casesWithheld : quality.alpha();
            if (enough(cases)) {
                let("complete-cases:" + scale, complete);
            }
            if (alpha.available()) {
                let("alpha:" + scale, complete);
            }
            if (!scored.isEmpty()) {
                let("respondents:" + scale, scored);
            }
            List<PublishedItem> items = new ArrayList<>();
            int[] itemIndices = plan.itemsOf(s);
            for (int j = 0; j < itemIndices.length; j++) {
                items.add(item(s, j, itemIndices[j], shown, quality.items().get(j), casesWithheld, complete));
            }
            return new PublishedScale(scale, teamScores.size(), scored.cardinality(), icc,
                    enough(cases) ? cases : null, alpha, items);
        }

        private PublishedItem item(int s, int j, int item, BitSet shown, ItemQuality quality, Estimate casesWithheld,
                                   BitSet complete) {
            String id = plan.questionnaire().items().get(item).id();
            BitSet answered = new BitSet();
            shown.stream().filter(r -> wave.responses().get(r).answers()[item] != ScoringPlan.MISSING).forEach(answered::set);
            Integer n = null;
            Estimate mean = Estimate.notAvailable(Unavailable.WITHHELD);
            Estimate sd = mean;
            if (enough(answered.cardinality())) {
                double[] keyed = answered.stream()
                        .mapToDouble(r -> plan.keyed(s, j, wave.responses().get(r).answers()[item])).toArray();
                n = keyed.length;
                mean = Estimate.of(Stats.mean(keyed));
                sd = Estimate.of(Stats.sd(keyed));
                let("item-n:" + id, answered);
                let("item-mean:" + id, answered);
            }
            Estimate itemTotal = casesWithheld != null ? casesWithheld : quality.itemTotal();
            Estimate ifDeleted = casesWithheld != null ? casesWithheld : quality.alphaIfDeleted();
            if (itemTotal.available()) {
                let("item-total:" + id, complete);
            }
            if (ifDeleted.available()) {
                let("alpha-if-deleted:" + id, complete);
            }
            return new PublishedItem(id, n, mean, sd, itemTotal, ifDeleted);
        }

        /** Why statistics over {@code cases} complete cases are withheld, or null when they may be shown. */
        private Estimate casesWithheld(int cases) {
            if (!enough(cases)) {
                return Estimate.notAvailable(Unavailable.WITHHELD);
            }
            if (cases < SmallSamples.COMPLETE_CASES) {
                return Estimate.notAvailable(Unavailable.FEW_CASES_TO_SHOW, cases, SmallSamples.COMPLETE_CASES);
            }
            return null;
        }

        private void let(String quantity, BitSet basis) {
            figures.add(new Figure(quantity, basis));
        }

        private BitSet scored(BitSet among, int s) {
            BitSet scored = new BitSet();
            among.stream().filter(r -> !Double.isNaN(wave.responses().get(r).scores()[s])).forEach(scored::set);
            return scored;
        }

        private BitSet complete(BitSet among, int s) {
            int items = plan.itemsOf(s).length;
            BitSet complete = new BitSet();
            among.stream().filter(r -> plan.answered(wave.responses().get(r).answers(), s) == items).forEach(complete::set);
            return complete;
        }

        private double[] scores(BitSet who, int s) {
            return who.stream().mapToDouble(r -> wave.responses().get(r).scores()[s]).toArray();
        }

        private List<int[]> answers(BitSet who) {
            return who.stream().mapToObj(r -> wave.responses().get(r).answers()).toList();
        }

        private List<String> itemIds(int s) {
            return IntStream.of(plan.itemsOf(s)).mapToObj(i -> plan.questionnaire().items().get(i).id()).toList();
        }
    }
}
