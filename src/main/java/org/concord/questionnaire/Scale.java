package org.concord.questionnaire;

import java.util.List;

/**
 * A scale: the items that together measure one facet (Trust, Direct supervision, ...), how
 * many of them must be answered for a score ({@code minAnswered}, a fraction), the bands that
 * interpret the score, and, for a candidate's self-report, the interview probes to ask when it
 * comes out low. {@code group} gathers scales for a view: the coordination mechanisms form the
 * group {@code mechanism} that the radar chart and the weakest-mechanism advice use.
 */
public record Scale(String id, Text name, Text description, double minAnswered, List<Band> bands,
                    List<Text> probes, String group) implements java.io.Serializable {

    public static final double DEFAULT_MIN_ANSWERED = 0.8;

    public Scale {
        bands = List.copyOf(bands);
        probes = List.copyOf(probes);
    }

    /** The band a score falls in; bands cover lo..hi without gaps, so there is always one. */
    public Band bandOf(double score) {
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (band.contains(score, i == bands.size() - 1)) {
                return band;
            }
        }
        throw new IllegalArgumentException("score " + score + " lies outside the bands of scale " + id);
    }
}
