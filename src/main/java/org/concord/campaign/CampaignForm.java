package org.concord.campaign;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What HR fills in to create or change a campaign: its name and wave label, dates, the
 * anonymity threshold, the link mode, the teams (by id) and the questionnaires (by key,
 * {@code coordination-maturity.v1}, in the order they are answered). A plain bean, so a page
 * can bind to it; the service checks it.
 */
public class CampaignForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{concord.required}")
    @Size(max = 200, message = "{concord.tooLong}")
    private String name;
    @NotBlank(message = "{concord.required}")
    @Size(max = 200, message = "{concord.tooLong}")
    private String waveLabel;
    private LocalDate opensOn;
    private LocalDate closesOn;
    @Min(value = Campaign.MIN_GROUP_SIZE, message = "{concord.campaign.threshold}")
    private int minGroupSize = Campaign.MIN_GROUP_SIZE;
    private LinkMode linkMode = LinkMode.PERSONAL;
    private List<Long> teamIds = new ArrayList<>();
    private List<String> instruments = new ArrayList<>();

    /** The form showing {@code campaign} as it is. */
    public static CampaignForm of(Campaign campaign) {
        CampaignForm form = new CampaignForm();
        form.name = campaign.getName();
        form.waveLabel = campaign.getWaveLabel();
        form.opensOn = campaign.getOpensOn();
        form.closesOn = campaign.getClosesOn();
        form.minGroupSize = campaign.getMinGroupSize();
        form.linkMode = campaign.getLinkMode();
        form.teamIds = new ArrayList<>(campaign.getTeams().stream().map(Team::getId).toList());
        form.instruments = new ArrayList<>(campaign.getInstruments().stream()
                .map(i -> i.getQuestionnaireId() + ".v" + i.getQuestionnaireVersion()).toList());
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWaveLabel() {
        return waveLabel;
    }

    public void setWaveLabel(String waveLabel) {
        this.waveLabel = waveLabel;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public int getMinGroupSize() {
        return minGroupSize;
    }

    public void setMinGroupSize(int minGroupSize) {
        this.minGroupSize = minGroupSize;
    }

    public LinkMode getLinkMode() {
        return linkMode;
    }

    public void setLinkMode(LinkMode linkMode) {
        this.linkMode = linkMode;
    }

    public List<Long> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(List<Long> teamIds) {
        this.teamIds = teamIds == null ? new ArrayList<>() : new ArrayList<>(teamIds);
    }

    public List<String> getInstruments() {
        return instruments;
    }

    public void setInstruments(List<String> instruments) {
        this.instruments = instruments == null ? new ArrayList<>() : new ArrayList<>(instruments);
    }
}
