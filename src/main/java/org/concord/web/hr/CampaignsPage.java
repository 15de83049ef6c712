package org.concord.web.hr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concord.campaign.CampaignRow;
import org.concord.campaign.CampaignService;
import org.primefaces.model.LazyDataModel;
import org.concord.web.shared.ServiceLazyModel;

/** Backs {@code /hr/campaigns.xhtml}: every campaign wave, newest first, paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class CampaignsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    private LazyDataModel<CampaignRow> list;

    @PostConstruct
    void init() {
        list = new ServiceLazyModel<>(campaigns::page, row -> String.valueOf(row.id()));
    }

    public LazyDataModel<CampaignRow> getList() {
        return list;
    }
}
