package org.concord.questionnaire;

/**
 * What a team questionnaire contributes to the cooperation x coordination view: the axis it
 * measures ({@code cooperation} or {@code coordination}) and the threshold on the team's mean
 * over all its scales at which a team counts as cooperative, or as coordinated.
 */
public record QuadrantAxis(String axis, double threshold) implements java.io.Serializable {

    public static final String COOPERATION = "cooperation";
    public static final String COORDINATION = "coordination";
}
