package org.concord.scoring;

import java.util.List;
import org.concord.questionnaire.Band;
import org.concord.questionnaire.Scale;
import org.concord.questionnaire.Text;

/** A candidate's scale that came out in a band calling for follow-up, with the probes to ask. */
public record LowScale(Scale scale, double score, Band band) implements java.io.Serializable {

    public List<Text> probes() {
        return scale.probes();
    }
}
