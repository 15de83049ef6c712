package org.concord.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A questionnaire version a campaign administers, in the order respondents answer them. */
@Embeddable
public class Instrument implements java.io.Serializable {

    @Column(name = "questionnaire_id")
    private String questionnaireId;

    @Column(name = "questionnaire_version")
    private int questionnaireVersion;

    protected Instrument() {
        // for JPA
    }

    public Instrument(String questionnaireId, int questionnaireVersion) {
        this.questionnaireId = questionnaireId;
        this.questionnaireVersion = questionnaireVersion;
    }

    public String getQuestionnaireId() {
        return questionnaireId;
    }

    public int getQuestionnaireVersion() {
        return questionnaireVersion;
    }
}
