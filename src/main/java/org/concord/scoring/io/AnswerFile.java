package org.concord.scoring.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.concord.scoring.Respondent;

/**
 * What an answer file holds: its respondents in file order and, when the file has a
 * {@code wave} column, each respondent's wave. Such a file holds exactly two waves; the first
 * to appear in the file is "before", the other "after".
 *
 * @param waves each respondent's wave, by position; empty when the file has no wave column
 */
public record AnswerFile(List<Respondent> respondents, List<String> waves) {

    public AnswerFile {
        respondents = List.copyOf(respondents);
        waves = List.copyOf(waves);
        if (!waves.isEmpty() && waves.size() != respondents.size()) {
            throw new IllegalArgumentException("a wave for each of the " + respondents.size() + " respondents, not " + waves.size());
        }
    }

    public boolean hasWaves() {
        return !waves.isEmpty();
    }

    /** The waves in order of first appearance ("before", then "after"); empty without a wave column. */
    public List<String> waveLabels() {
        return List.copyOf(new LinkedHashSet<>(waves));
    }

    /** The respondents of one wave, in file order. */
    public List<Respondent> inWave(String wave) {
        List<Respondent> in = new ArrayList<>();
        for (int r = 0; r < respondents.size(); r++) {
            if (Objects.equals(waves.get(r), wave)) {
                in.add(respondents.get(r));
            }
        }
        return in;
    }
}
