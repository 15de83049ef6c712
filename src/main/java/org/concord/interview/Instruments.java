package org.concord.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Optional;
import org.concord.assessment.Assessment;
import org.concord.catalog.QuestionnaireSource;
import org.concord.catalog.QuestionnaireLibrary;
import org.concord.questionnaire.Questionnaire;

/**
 * The two instruments of a recruiter's work: the candidate's {@value #SELF_REPORT} self-report
 * and the {@value #INTERVIEW} interview, each given in its latest version; stored assessments
 * are found back in the exact version they were made of, read from the
 * {@link QuestionnaireLibrary}. It is injected by its own type only, so that the library stays
 * the one {@link QuestionnaireSource} of the application.
 */
@ApplicationScoped
@Typed(Instruments.class)
public class Instruments implements QuestionnaireSource {

    public static final String SELF_REPORT = "cooperativeness";
    public static final String INTERVIEW = "cooperation-interview";

    @Inject
    private QuestionnaireLibrary library;

    protected Instruments() {
        // for CDI
    }

    @Override
    public Optional<Questionnaire> find(String id, int version) {
        return library.find(id, version);
    }

    /** The version {@code assessment} was made of. */
    public Questionnaire of(Assessment assessment) {
        return answered(assessment.getQuestionnaireId(), assessment.getQuestionnaireVersion());
    }

    public Questionnaire selfReport() {
        return latest(SELF_REPORT);
    }

    public Questionnaire interview() {
        return latest(INTERVIEW);
    }

    private Questionnaire latest(String id) {
        return library.latest(id)
                .orElseThrow(() -> new IllegalStateException("questionnaire " + id + " is not available; restore its file"));
    }
}
