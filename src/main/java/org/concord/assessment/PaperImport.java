package org.concord.assessment;

import java.util.Map;

/**
 * What an import of paper questionnaires kept: how many questionnaires (lines of the file) and
 * how many of them per team name. Counts only, like every view of campaign answers.
 */
public record PaperImport(int questionnaires, Map<String, Integer> perTeam) {

    public PaperImport {
        perTeam = Map.copyOf(perTeam);
    }
}
