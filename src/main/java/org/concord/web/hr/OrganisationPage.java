package org.concord.web.hr;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concord.results.OrganisationReport;
import org.concord.results.OrganisationReportService;
import org.concord.web.shared.LanguageSelection;

/**
 * Backs {@code /hr/organisation.xhtml?campaign=}: HR's view of a wave with every team side by
 * side, withheld teams without numbers, and each scale's alpha and ICC; never a total.
 */
@Named
@RequestScoped
public class OrganisationPage {

    @Inject
    private OrganisationReportService reports;

    @Inject
    private LanguageSelection language;

    private Long campaign;
    private OrganisationReport report;

    /** Loads the report (the page's view action). */
    public void load() {
        if (campaign != null) {
            report = reports.report(campaign, language.getLocale()).orElse(null);
        }
        if (report == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public OrganisationReport getReport() {
        return report;
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }
}
