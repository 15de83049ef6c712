package org.concord.disclosure;

import java.util.BitSet;

/**
 * What one published number rests on: the quantity it measures ({@code "mean:trust"},
 * {@code "item-mean:q3"}, ...; two numbers of the same quantity can be subtracted from each
 * other) and the respondents it was computed from, by their position in
 * {@link WaveAnswers#responses()}. The gate keeps one for every number it publishes, so that its
 * rules can be checked on what it actually let out.
 */
public record Figure(String quantity, BitSet basis) {

    public Figure {
        basis = (BitSet) basis.clone();
    }

    public int size() {
        return basis.cardinality();
    }

    @Override
    public BitSet basis() {
        return (BitSet) basis.clone();
    }
}
