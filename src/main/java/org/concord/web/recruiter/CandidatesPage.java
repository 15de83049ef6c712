package org.concord.web.recruiter;

import java.util.Optional;
import org.concord.candidate.Candidate;
import org.concord.web.shared.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concord.candidate.CandidateService;
import org.concord.security.CurrentUser;

/**
 * Backs the recruiter's candidate list ({@code /recruiter/candidates.xhtml}): a lazy table of
 * the candidates the signed-in recruiter brought in or interviews, paged, sorted and filtered
 * in the database. Nobody signed in: the page says to sign in and shows no table.
 */
@Named
@ViewScoped
public class CandidatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CandidateService candidates;

    @Inject
    private CurrentUser currentUser;

    private ServiceLazyModel<Candidate> model;

    @PostConstruct
    void init() {
        currentUser.caller().ifPresent(caller -> model = new ServiceLazyModel<>(
                request -> candidates.page(Optional.of(caller), request), candidate -> String.valueOf(candidate.getId())));
    }

    public ServiceLazyModel<Candidate> getModel() {
        return model;
    }

    public boolean isSignedIn() {
        return model != null;
    }

    /** Whether the signed-in person brought {@code recruiter}'s candidate in (else they interview). */
    public boolean isOwn(String recruiter) {
        return model != null && recruiter.equals(currentUser.getUsername());
    }
}
