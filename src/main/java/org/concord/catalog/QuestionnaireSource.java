package org.concord.catalog;

import java.util.Optional;
import org.concord.questionnaire.Questionnaire;

/** Where services find the questionnaire version an answer sheet was made of. */
@FunctionalInterface
public interface QuestionnaireSource {

    Optional<Questionnaire> find(String id, int version);

    /** A version that was answered; it must exist, since answered versions are never removed. */
    default Questionnaire answered(String id, int version) {
        return find(id, version).orElseThrow(() -> new IllegalStateException(
                "questionnaire " + id + ".v" + version + " is no longer available; restore its file"));
    }
}
