package org.concord.campaign;

import java.util.List;

/**
 * How many of the people invited to a wave (or to one of its teams) have submitted, and that
 * share in percent: the one way Concord computes a response rate, for the HR home, the campaign
 * list and the campaign page alike. Paper questionnaires HR imported count as submitted.
 */
public record ResponseRate(int invited, int submitted) implements java.io.Serializable {

    /** The rate of a whole wave: the sum over its teams. */
    public static ResponseRate of(List<TeamCompletion> teams) {
        return new ResponseRate(teams.stream().mapToInt(TeamCompletion::invited).sum(),
                teams.stream().mapToInt(TeamCompletion::submitted).sum());
    }

    /** Submitted over invited, in percent, rounded (0 when nobody is invited yet). */
    public int percent() {
        return invited == 0 ? 0 : (int) Math.round(100.0 * submitted / invited);
    }
}
