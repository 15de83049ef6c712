package org.concord.web.hr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concord.assessment.PaperAnswerService;
import org.concord.database.Submissions;
import org.concord.security.CurrentUser;
import org.concord.web.shared.FormKey;
import org.concord.web.shared.Messages;
import org.concord.web.shared.Who;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs the paper questionnaires part of {@code /hr/campaign.xhtml}: HR uploads the CSV of a
 * wave's paper questionnaires, which {@link PaperAnswerService} imports whole or refuses whole
 * (the refusal, with its line and column, is shown beside the file field).
 */
@Named
@ViewScoped
public class PaperUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PaperAnswerService paper;

    @Inject
    private Submissions submissions;

    @Inject
    private CurrentUser currentUser;

    private Long campaignId;
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        campaignId = CampaignParam.id(FacesContext.getCurrentInstance());
    }

    /** Imports the uploaded file, and opens the campaign again with the count imported. */
    public String upload() {
        if (campaignId == null) {
            return null;
        }
        if (file == null || file.getSize() == 0) {
            Messages.error("hr.paper.noFile");
            return null;
        }
        Submissions.Outcome imported = submissions.once(FormKey.of("campaign.paper"), "campaign.paper",
                () -> String.valueOf(paper.importAnswers(campaignId, file.getContent(), Who.username(currentUser)).questionnaires()));
        Messages.info("hr.paper.imported", Integer.parseInt(imported.result()));
        Messages.keepForRedirect();
        return "/hr/campaign.xhtml?faces-redirect=true&id=" + campaignId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
