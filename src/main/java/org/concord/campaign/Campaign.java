package org.concord.campaign;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.concord.kernel.Refusal;
import org.concord.kernel.Texts;

/**
 * One wave of a team assessment: which teams answer which questionnaires, between which dates,
 * how they are reached ({@link LinkMode}), and from how many respondents a team result may be
 * shown (never fewer than 3). A follow-up wave points to the wave before it, so that before and
 * after team building can be compared.
 *
 * <p>A wave is open from its opening to its closing date, both included, unless HR closes it
 * early. Once closed it stays closed and cannot be changed: its results are released then and
 * only then, so that no reader can subtract what they read at one moment from what they read
 * later, after more answers arrived.
 *
 * <p>Once every wave of a campaign is closed, HR may archive the campaign (each of its waves
 * is marked): it leaves the working list and cannot change any more, its results stay
 * readable, and HR may restore it.
 */
@Entity
@Table(name = "campaign")
@NamedQuery(name = "Campaign.findAll", query = "SELECT c FROM Campaign c ORDER BY c.opensOn DESC, c.name")
public class Campaign implements java.io.Serializable {

    /** The smallest team whose results may ever be shown. */
    public static final int MIN_GROUP_SIZE = 3;

    @Id
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    private Long id;

    @NotBlank(message = "{concord.required}")
    @Size(max = 200, message = "{concord.tooLong}")
    private String name;

    @NotBlank(message = "{concord.required}")
    @Size(max = 200, message = "{concord.tooLong}")
    @Column(name = "wave_label")
    private String waveLabel;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Min(value = MIN_GROUP_SIZE, message = "{concord.campaign.threshold}")
    @Column(name = "min_group_size")
    private int minGroupSize;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_mode")
    private LinkMode linkMode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_wave_id")
    private Campaign previousWave;

    @ManyToMany
    @JoinTable(name = "campaign_team", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    @OrderBy("name")
    private List<Team> teams = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_instrument", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "ordinal")
    private List<Instrument> instruments = new ArrayList<>();

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "leave_out_flagged")
    private boolean leaveOutFlagged;

    private boolean demo;

    @Column(name = "archived_on")
    private LocalDate archivedOn;

    @Column(name = "archived_by")
    private String archivedBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Campaign() {
        // for JPA
    }

    public Campaign(String name, String waveLabel, LocalDate opensOn, LocalDate closesOn, int minGroupSize,
                    LinkMode linkMode, String createdBy, Instant createdAt) {
        revise(name, waveLabel, opensOn, closesOn, minGroupSize);
        this.linkMode = Objects.requireNonNull(linkMode);
        this.createdBy = Texts.required(createdBy, 100, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt).atOffset(ZoneOffset.UTC);
    }

    /** Changes what HR may change at any time: names, dates and the anonymity threshold (never below 3). */
    public void revise(String newName, String newWaveLabel, LocalDate opens, LocalDate closes, int threshold) {
        String checkedName = Texts.required(newName, 200, "name");
        String checkedLabel = Texts.required(newWaveLabel, 200, "wave");
        if (opens == null || closes == null || closes.isBefore(opens)) {
            throw new Refusal("hr.campaign.closesBeforeOpens").on("closes");
        }
        if (threshold < MIN_GROUP_SIZE) {
            throw new Refusal("hr.campaign.thresholdTooLow", MIN_GROUP_SIZE).on("threshold");
        }
        this.name = checkedName;
        this.waveLabel = checkedLabel;
        this.opensOn = opens;
        this.closesOn = closes;
        this.minGroupSize = threshold;
    }

    /** Takes these teams instead of the current ones (before any link exists: the service checks). */
    public void replaceTeams(List<Team> chosen) {
        teams.clear();
        chosen.forEach(this::addTeam);
    }

    /** Takes these questionnaires instead of the current ones, in this order. */
    public void replaceInstruments(List<Instrument> chosen) {
        instruments.clear();
        chosen.forEach(i -> addInstrument(i.getQuestionnaireId(), i.getQuestionnaireVersion()));
    }

    public void changeLinkMode(LinkMode mode) {
        this.linkMode = Objects.requireNonNull(mode);
    }

    public void addTeam(Team team) {
        if (!teams.contains(team)) {
            teams.add(team);
        }
    }

    public void addInstrument(String questionnaireId, int questionnaireVersion) {
        instruments.add(new Instrument(questionnaireId, questionnaireVersion));
    }

    /** A new wave with the same teams and questionnaires, to compare before and after. */
    public Campaign followUp(String label, LocalDate opens, LocalDate closes, String by, Instant at) {
        Campaign next = new Campaign(name, label, opens, closes, minGroupSize, linkMode, by, at);
        next.previousWave = this;
        teams.forEach(next::addTeam);
        instruments.forEach(i -> next.addInstrument(i.getQuestionnaireId(), i.getQuestionnaireVersion()));
        return next;
    }

    /** Whether respondents may answer on {@code day}. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !isClosedOn(day);
    }

    /** Whether the wave is closed on {@code day} (its closing date passed, or HR closed it): its results are released. */
    public boolean isClosedOn(LocalDate day) {
        return closedOn != null || day.isAfter(closesOn);
    }

    /**
     * Closes the wave early, on {@code day}, for good: nobody can answer any more and the
     * results are released. Closing a closed wave changes nothing.
     */
    public void close(LocalDate day, String by) {
        if (isClosedOn(day)) {
            return;
        }
        this.closedOn = Objects.requireNonNull(day);
        this.closedBy = Texts.required(by, 100, "closedBy");
    }

    /**
     * HR's choice to leave the questionnaires flagged for review out of this wave's results.
     * It can change only while the wave is not yet closed on {@code day}: once results are
     * released there is one version of them, never two whose difference would single out the
     * flagged answers.
     */
    public void leaveOutFlagged(boolean leaveOut, LocalDate day) {
        if (isClosedOn(day)) {
            throw new IllegalStateException("the wave is closed: its results are released and this choice is fixed");
        }
        this.leaveOutFlagged = leaveOut;
    }

    /** Marks the wave archived on {@code day} by {@code by}; only a closed wave is archived. */
    public void archive(LocalDate day, String by) {
        if (!isClosedOn(day)) {
            throw new IllegalStateException("only a closed wave is archived");
        }
        this.archivedOn = Objects.requireNonNull(day);
        this.archivedBy = Texts.required(by, 100, "archivedBy");
    }

    /** Takes the wave out of the archive: it is closed as before, back in the working list. */
    public void restore() {
        this.archivedOn = null;
        this.archivedBy = null;
    }

    public boolean isArchived() {
        return archivedOn != null;
    }

    public LocalDate getArchivedOn() {
        return archivedOn;
    }

    public boolean isLeaveOutFlagged() {
        return leaveOutFlagged;
    }

    /** The day HR closed the wave early; null when it closes (or closed) at its closing date. */
    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void markDemo() {
        this.demo = true;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getWaveLabel() {
        return waveLabel;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public int getMinGroupSize() {
        return minGroupSize;
    }

    public LinkMode getLinkMode() {
        return linkMode;
    }

    public Campaign getPreviousWave() {
        return previousWave;
    }

    public List<Team> getTeams() {
        return Collections.unmodifiableList(teams);
    }

    public List<Instrument> getInstruments() {
        return Collections.unmodifiableList(instruments);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public boolean isDemo() {
        return demo;
    }
}
