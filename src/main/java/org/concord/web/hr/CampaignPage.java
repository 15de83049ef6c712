package org.concord.web.hr;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.campaign.Campaign;
import org.concord.campaign.CampaignForm;
import org.concord.campaign.CampaignService;
import org.concord.campaign.LinkMode;
import org.concord.campaign.TeamService;
import org.concord.catalog.QuestionnaireLibrary;
import org.concord.database.Submissions;
import org.concord.questionnaire.Kind;
import org.concord.questionnaire.Questionnaire;
import org.concord.security.CurrentUser;
import org.concord.web.shared.BadParameters;
import org.concord.web.shared.FormKey;
import org.concord.web.shared.LanguageSelection;
import org.concord.web.shared.Messages;
import org.concord.web.shared.Who;

/**
 * Backs the form part of {@code /hr/campaign.xhtml}: a new campaign (no {@code id}) or an
 * existing one, its teams and team questionnaires to choose from, and the follow-up wave.
 * Saves redirect to the campaign's own address. The links, e-mails and completion of the
 * same page are {@link CampaignLinks}.
 */
@Named
@ViewScoped
public class CampaignPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many teams the team field offers at once while HR types. */
    private static final int OFFERED = 20;

    @Inject
    private Submissions submissions;

    @Inject
    private CampaignService campaigns;

    @Inject
    private TeamService teams;

    @Inject
    private QuestionnaireLibrary library;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LanguageSelection language;

    @Inject
    private java.time.Clock clock;

    private Long id;
    private Campaign campaign;
    private boolean linksExist;
    private CampaignForm form = new CampaignForm();
    /** The names of the teams shown so far (chosen, or offered while typing), by id. */
    private final Map<Long, String> teamNames = new HashMap<>();
    private Map<String, String> instrumentChoices;
    private String nextLabel;
    private LocalDate nextOpens;
    private LocalDate nextCloses;

    @PostConstruct
    void init() {
        instrumentChoices = new LinkedHashMap<>();
        for (Questionnaire q : library.all()) {
            if (q.kind() == Kind.TEAM_MEMBER) {
                instrumentChoices.put(q.key(), q.title().in(language.getCode()) + " (v" + q.version() + ")");
            }
        }
        Long param = CampaignParam.id(FacesContext.getCurrentInstance());
        if (param != null) {
            campaigns.find(param).ifPresent(found -> {
                campaign = found;
                id = found.getId();
                form = CampaignForm.of(found);
                linksExist = campaigns.hasLinks(id);
                teamNames.putAll(teams.names(form.getTeamIds()));
            });
        }
        if (campaign == null) {
            form.setInstruments(new java.util.ArrayList<>(instrumentChoices.keySet()));
        }
    }

    /** Closes the wave early (after HR confirmed it in the page's dialog) and releases its results. */
    public String close() {
        campaigns.close(id, Who.username(currentUser));
        Messages.info("hr.campaign.closedNow");
        return open(id);
    
    }

    /** Leaves the questionnaires flagged for review out of the wave's results, or keeps them in again (while open only). */
    public String toggleFlagged() {
        campaigns.leaveOutFlagged(id, !campaign.isLeaveOutFlagged(), Who.username(currentUser));
        Messages.info("hr.flagged.saved");
        return open(id);
    }

    /** Whether the wave is closed today: its results are released, and it can no longer change. */
    public boolean isClosed() {
        return campaign != null && campaign.isClosedOn(java.time.LocalDate.now(clock));
    }

    /** Whether the campaign is archived: the page is read-only (no save, no links, no follow-up). */
    public boolean isArchived() {
        return campaign != null && campaign.isArchived();
    }

    /** The page's view action: {@code ?id=} that is no id answers 400, one of no campaign 404. */
    public void check() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String raw = faces.getExternalContext().getRequestParameterMap().get("id");
        if (BadParameters.malformedId(raw)) {
            BadParameters.refuse(faces);
        } else if (raw != null && campaign == null) {
            BadParameters.notFound(faces);
        }
    }

    public String save() {
        long saved = id != null ? campaigns.update(id, form).getId()
                : Long.parseLong(submissions.once(FormKey.of("campaign.create"), "campaign.create",
                        () -> String.valueOf(campaigns.create(form, Who.username(currentUser)).getId())).result());
        Messages.info("hr.saved");
        return open(saved);
    
    }

    /** Starts the next wave with the same teams and questionnaires, and opens it. */
    public String followUp() {
        Submissions.Outcome next = submissions.once(FormKey.of("campaign.followUp"), "campaign.followUp",
                () -> String.valueOf(campaigns.followUp(id, nextLabel, nextOpens, nextCloses, Who.username(currentUser)).getId()));
        Messages.info("hr.followUp.created", nextLabel == null ? "" : nextLabel.strip());
        return open(Long.parseLong(next.result()));
    
    }

    private static String open(long campaignId) {
        Messages.keepForRedirect();
        return "/hr/campaign.xhtml?faces-redirect=true&id=" + campaignId;
    }

    public LinkMode[] getLinkModes() {
        return LinkMode.values();
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public boolean isLinksExist() {
        return linksExist;
    }

    public CampaignForm getForm() {
        return form;
    }

    /** The teams whose name contains what HR typed, at most {@value #OFFERED}, by name; their ids are the choices. */
    public List<Long> completeTeams(String typed) {
        Map<Long, String> found = teams.matching(typed, OFFERED);
        teamNames.putAll(found);
        return List.copyOf(found.keySet());
    }

    /** The name a chosen or offered team is shown with. */
    public String teamName(Long teamId) {
        if (teamId == null) {
            return "";
        }
        return teamNames.computeIfAbsent(teamId, missing -> teams.names(List.of(missing)).getOrDefault(missing, "#" + missing));
    }

    public Map<String, String> getInstrumentChoices() {
        return instrumentChoices;
    }

    public String getNextLabel() {
        return nextLabel;
    }

    public void setNextLabel(String nextLabel) {
        this.nextLabel = nextLabel;
    }

    public LocalDate getNextOpens() {
        return nextOpens;
    }

    public void setNextOpens(LocalDate nextOpens) {
        this.nextOpens = nextOpens;
    }

    public LocalDate getNextCloses() {
        return nextCloses;
    }

    public void setNextCloses(LocalDate nextCloses) {
        this.nextCloses = nextCloses;
    }
}
