package org.concord.web.recruiter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import org.concord.privacy.CandidateExport;
import org.concord.privacy.PrivacyService;
import org.concord.security.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.concord.web.shared.LanguageSelection;
import org.concord.web.shared.Messages;

/**
 * The personal-data buttons of a candidate's page, for their recruiter and HR: download
 * everything held about the candidate, and erase it all on request. Kept apart from
 * {@link CandidatePage} so that the page's bean stays about the assessment; the service checks
 * who may do either and writes the audit entry.
 */
@Named
@RequestScoped
public class CandidateDataActions {

    @Inject
    private PrivacyService privacy;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LanguageSelection language;

    /** Everything held about the candidate, as a JSON download (null, with a message, when refused). */
    public StreamedContent export(long candidateId) {
        CandidateExport export = privacy.export(currentUser.caller().orElseThrow(), candidateId, language.getCode());
        return DefaultStreamedContent.builder()
                .name(export.fileName())
                .contentType(export.contentType())
                .contentLength((long) export.content().length)
                .stream(() -> new ByteArrayInputStream(export.content()))
                .build();
    
    }

    /** Erases the candidate and everything of theirs, then goes back to the candidate list (HR: the home page). */
    public String erase(long candidateId) {
        privacy.erase(currentUser.caller().orElseThrow(), candidateId);
        Messages.info("privacy.candidate.erased");
        Messages.keepForRedirect();
        return currentUser.mayOpen("/recruiter/candidates.xhtml") ? "/recruiter/candidates.xhtml?faces-redirect=true"
                : "/index.xhtml?faces-redirect=true";
    
    }
}
