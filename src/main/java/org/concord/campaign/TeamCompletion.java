package org.concord.campaign;

/**
 * How far one team of a campaign has come: how many people can answer (the team's size),
 * how many have started without finishing, and how many have submitted. Counts only: it
 * names nobody, and says nothing about anybody's answers.
 */
public record TeamCompletion(long teamId, String team, int invited, int started, int submitted) implements java.io.Serializable {

    /** Submitted over invited, in percent (0 when nobody can answer). */
    public int ratePercent() {
        return new ResponseRate(invited, submitted).percent();
    }
}
