package org.concord.web.hr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concord.campaign.CampaignSeries;
import org.concord.campaign.CampaignService;
import org.concord.security.CurrentUser;
import org.concord.web.shared.Messages;
import org.concord.web.shared.ServiceLazyModel;
import org.concord.web.shared.Who;
import org.primefaces.model.LazyDataModel;

/**
 * Backs {@code /hr/campaigns.xhtml}: every campaign with its waves grouped under it (first wave,
 * then its follow-ups), each wave's status and response rate, paged, sorted and filtered in the
 * database. From here HR closes a wave (after confirming), archives a campaign whose waves are
 * all closed, and restores an archived one; archived campaigns are listed only when "Show
 * archived" is ticked ({@code ?archived=true}).
 */
@Named
@ViewScoped
public class CampaignsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    @Inject
    private CurrentUser currentUser;

    private LazyDataModel<CampaignSeries> list;
    private boolean showArchived;

    @PostConstruct
    void init() {
        showArchived = "true".equals(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("archived"));
        list = new ServiceLazyModel<>(request -> campaigns.series(request, showArchived), row -> String.valueOf(row.id()));
    }

    /** Closes one wave early, for good, as the campaign page does (after HR confirmed it). */
    public String close(long waveId) {
        campaigns.close(waveId, Who.username(currentUser));
        Messages.info("hr.campaign.closedNow");
        return back();
    }

    /** Archives the campaign (all its waves are closed): it leaves the list, read-only, its results still readable. */
    public String archive(long campaignId) {
        campaigns.archive(campaignId, Who.username(currentUser));
        Messages.info("hr.archive.done");
        return back();
    }

    /** Brings an archived campaign back to the list; its waves stay closed. */
    public String restore(long campaignId) {
        campaigns.restore(campaignId, Who.username(currentUser));
        Messages.info("hr.archive.restored");
        return back();
    }

    private String back() {
        Messages.keepForRedirect();
        return "/hr/campaigns.xhtml?faces-redirect=true" + (showArchived ? "&archived=true" : "");
    }

    public LazyDataModel<CampaignSeries> getList() {
        return list;
    }

    public boolean isShowArchived() {
        return showArchived;
    }

    public void setShowArchived(boolean showArchived) {
        this.showArchived = showArchived;
    }
}
