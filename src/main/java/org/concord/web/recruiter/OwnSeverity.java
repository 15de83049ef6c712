package org.concord.web.recruiter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concord.interview.InterviewReliability;
import org.concord.interview.InterviewReliabilityService;
import org.concord.security.CurrentUser;

/**
 * The signed-in recruiter's own severity as an interviewer, on their candidate list: per
 * interview questionnaire version and scale, their scores minus the other interviewers' on
 * the same candidates. Only their own: the panel figures and the others' are HR's.
 */
@Named
@RequestScoped
public class OwnSeverity {

    @Inject
    private InterviewReliabilityService reliability;

    @Inject
    private CurrentUser currentUser;

    private List<InterviewReliability> versions;

    /** The versions in which the recruiter rated a candidate alongside another interviewer. */
    public List<InterviewReliability> getVersions() {
        if (versions == null) {
            String username = currentUser.getUsername();
            versions = username == null ? List.of() : reliability.own(username).stream()
                    .filter(v -> !v.panels().severities().isEmpty()).toList();
        }
        return versions;
    }
}
