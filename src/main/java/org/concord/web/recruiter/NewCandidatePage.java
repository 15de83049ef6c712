package org.concord.web.recruiter;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concord.config.Limits;
import org.concord.database.Submissions;
import org.concord.candidate.CandidateService;
import org.concord.candidate.NewCandidate;
import org.concord.web.shared.Messages;
import org.concord.security.CurrentUser;
import org.concord.web.shared.FormKey;

/**
 * Backs the form that brings in a candidate ({@code /recruiter/new-candidate.xhtml}): who they
 * are, the position, how long their data is kept, and their consent. The consent text is the
 * bundle's, in the page's language, with the position and days filled in as the candidate reads
 * it; exactly that text is stored with the time. After saving, the candidate's page opens.
 */
@Named
@ViewScoped
public class NewCandidatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Submissions submissions;

    @Inject
    private CandidateService candidates;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Limits limits;

    private String name;
    private String email;
    private String position;
    private int retentionDays;
    private boolean consentGiven;

    @PostConstruct
    void offerTheConfiguredRetention() {
        retentionDays = limits.candidateRetentionDays();
    }

    /** The consent text the candidate reads, as it will be stored. */
    public String getConsentText() {
        String shownPosition = position == null || position.isBlank()
                ? Messages.text("recruiter.consent.position") : position.strip();
        return Messages.text("recruiter.consent.text", shownPosition, retentionDays);
    }

    public void save() {
        Submissions.Outcome created = submissions.once(FormKey.of("candidate.create"), "candidate.create",
                () -> String.valueOf(candidates.create(currentUser.caller(),
                        new NewCandidate(name, email, position, retentionDays, getConsentText(), consentGiven)).getId()));
        Messages.info("recruiter.created", name == null ? "" : name.strip());
        Messages.redirect("/recruiter/candidate.xhtml?id=" + created.result());
    
    }

    public boolean isSignedIn() {
        return currentUser.isSignedIn();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(int retentionDays) {
        this.retentionDays = retentionDays;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }
}
