package org.concord.web.recruiter;

import java.util.Optional;
import org.concord.interview.CandidateRow;
import org.concord.interview.CandidateStatus;
import org.concord.interview.CandidateStatuses;
import org.concord.web.shared.Messages;
import org.concord.web.shared.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concord.security.CurrentUser;

/**
 * Backs the recruiter's candidate list ({@code /recruiter/candidates.xhtml}): a lazy table of
 * the candidates the signed-in recruiter brought in or interviews, paged, sorted and filtered
 * in the database, each with where they stand (link sent, answering, self-report in,
 * interviewed by some of the panel, decided), derived for the whole page at once. Nobody signed in: the page says to sign in and shows no table.
 */
@Named
@ViewScoped
public class CandidatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CandidateStatuses candidates;

    @Inject
    private CurrentUser currentUser;

    private ServiceLazyModel<CandidateRow> model;

    @PostConstruct
    void init() {
        currentUser.caller().ifPresent(caller -> model = new ServiceLazyModel<>(
                request -> candidates.page(Optional.of(caller), request), row -> String.valueOf(row.candidate().getId())));
    }

    public ServiceLazyModel<CandidateRow> getModel() {
        return model;
    }

    public boolean isSignedIn() {
        return model != null;
    }

    /** The status in the reader's language, e.g. "interviewed by 1 of 2". */
    public String status(CandidateStatus status) {
        return Messages.text(status.key(), status.interviewed(), status.panel());
    }

    /** Whether the signed-in person brought {@code recruiter}'s candidate in (else they interview). */
    public boolean isOwn(String recruiter) {
        return model != null && recruiter.equals(currentUser.getUsername());
    }
}
