package org.concord.questionnaire;

import java.nio.file.Path;
import java.util.List;

/**
 * What loading one questionnaire file gave: the questionnaire when the file is sound, or null
 * with every problem found in it. A file is all or nothing: one problem is enough to keep it out
 * of the catalog, because a half-right questionnaire would score answers wrongly.
 */
public record LoadResult(Path file, Questionnaire questionnaire, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
        if (!problems.isEmpty()) {
            questionnaire = null;
        }
    }

    /** Whether the file loaded with no problem. */
    public boolean ok() {
        return questionnaire != null && problems.isEmpty();
    }

    /** The file's name without its folder, as problems name it. */
    public String fileName() {
        return file.getFileName().toString();
    }
}
