package org.concord.assessment;

import java.util.Optional;
import org.concord.questionnaire.Questionnaire;

/** Where services find the questionnaire version an assessment was made of. */
@FunctionalInterface
public interface QuestionnaireSource {

    Optional<Questionnaire> find(String id, int version);

    /** The questionnaire of {@code assessment}; it must exist, since answered versions are never removed. */
    default Questionnaire of(Assessment assessment) {
        return find(assessment.getQuestionnaireId(), assessment.getQuestionnaireVersion())
                .orElseThrow(() -> new IllegalStateException("questionnaire " + assessment.getQuestionnaireId() + ".v"
                        + assessment.getQuestionnaireVersion() + " is no longer available; restore its file"));
    }
}
