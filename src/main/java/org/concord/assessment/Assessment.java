package org.concord.assessment;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.concord.campaign.Campaign;
import org.concord.campaign.Invitation;
import org.concord.campaign.Team;
import org.concord.candidate.Candidate;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.kernel.Refusal;
import org.concord.kernel.Texts;
import org.concord.kernel.Progress;

/**
 * One person answering one questionnaire version: a team member in a campaign, a candidate's
 * self-report, or one interviewer's ratings of a candidate. It keeps every answer as soon as
 * a page is left, refuses answers outside the response format, and is submitted exactly once,
 * with its scale scores and the scoring version that computed them. In a campaign no time is
 * kept at all (not when it was started, not the day it was submitted: nothing finer than the
 * wave), and once the respondent's invitation is complete the link to it is cut
 * ({@link #anonymise()}), so the answers can never be traced back to a person, nor ordered.
 */
@Entity
@Table(name = "assessment")
@NamedQuery(name = "Assessment.findByAccessHash", query = "SELECT a FROM Assessment a WHERE a.accessHash = :hash")
@NamedQuery(name = "Assessment.findByInvitation",
        query = "SELECT a FROM Assessment a WHERE a.invitation = :invitation ORDER BY a.id")
@NamedQuery(name = "Assessment.findByCandidate",
        query = "SELECT a FROM Assessment a WHERE a.candidate = :candidate ORDER BY a.startedAt, a.id")
@NamedQuery(name = "Assessment.findSubmittedInCampaign",
        query = "SELECT a FROM Assessment a WHERE a.campaign = :campaign AND a.progress = org.concord.kernel.Progress.SUBMITTED")
public class Assessment {

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @Column(name = "questionnaire_id")
    private String questionnaireId;

    @Column(name = "questionnaire_version")
    private int questionnaireVersion;

    @Column(name = "scoring_version")
    private String scoringVersion;

    @Enumerated(EnumType.STRING)
    private Progress progress;

    @Column(name = "current_page")
    private int currentPage = 1;

    @Column(name = "access_hash")
    private String accessHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id")
    private Invitation invitation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "candidate_id")
    private Candidate candidate;

    @Column(name = "rater_username")
    private String raterUsername;

    private boolean demo;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "consented_at")
    private OffsetDateTime consentedAt;

    @Column(name = "answering_began_at")
    private OffsetDateTime answeringBeganAt;

    @Column(name = "last_page_saved_at")
    private OffsetDateTime lastPageSavedAt;

    /** The answers and scores as one line each, written at submission for the raw export ({@link SubmittedValues}). */
    @Column(name = "submitted_answers")
    private String submittedAnswers;

    @Column(name = "submitted_scores")
    private String submittedScores;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "item_id")
    @Column(name = "answer_value")
    private Map<String, Integer> answers = new HashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "scale_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "scale_id")
    private Map<String, StoredScore> scores = new HashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "interview_note", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "item_id")
    @Column(name = "note")
    private Map<String, String> notes = new HashMap<>();

    @Version
    private long version;

    protected Assessment() {
        // for JPA
    }

    private Assessment(Questionnaire questionnaire, Instant now) {
        this.questionnaireId = questionnaire.id();
        this.questionnaireVersion = questionnaire.version();
        this.progress = Progress.STARTED;
        this.startedAt = Objects.requireNonNull(now).atOffset(ZoneOffset.UTC);
    }

    /** A team member's answers to one questionnaire of a campaign, reached through {@code invitation}; no time is kept. */
    public static Assessment inCampaign(Questionnaire questionnaire, Invitation invitation, Instant now) {
        Assessment assessment = new Assessment(questionnaire, now);
        assessment.startedAt = null;
        assessment.campaign = invitation.getCampaign();
        assessment.team = invitation.getTeam();
        assessment.invitation = invitation;
        return assessment;
    }

    /**
     * A paper questionnaire of {@code team} in {@code campaign}, typed in by HR: like online
     * campaign answers once their link is cut, it keeps no invitation and no time.
     */
    public static Assessment onPaper(Questionnaire questionnaire, Campaign campaign, Team team) {
        Assessment assessment = new Assessment(questionnaire, Instant.EPOCH);
        assessment.startedAt = null;
        assessment.campaign = Objects.requireNonNull(campaign);
        assessment.team = Objects.requireNonNull(team);
        return assessment;
    }

    /** A candidate's self-report, opened by the link whose token hashes to {@code accessHash}. */
    public static Assessment selfReport(Questionnaire questionnaire, Candidate candidate, String accessHash, Instant now) {
        Assessment assessment = new Assessment(questionnaire, now);
        assessment.candidate = Objects.requireNonNull(candidate);
        assessment.accessHash = Objects.requireNonNull(accessHash);
        return assessment;
    }

    /** One interviewer's ratings of a candidate. */
    public static Assessment interview(Questionnaire questionnaire, Candidate candidate, String rater, Instant now) {
        Assessment assessment = new Assessment(questionnaire, now);
        assessment.candidate = Objects.requireNonNull(candidate);
        assessment.raterUsername = Texts.required(rater, 100, "interviewer");
        return assessment;
    }

    /**
     * Keeps the answers of one page (a null answer clears that item) and where the respondent
     * goes next. Refuses the whole page, keeping nothing of it, when an item is not in the
     * questionnaire or an answer lies outside its response format, and once submitted.
     */
    public void answerPage(Questionnaire questionnaire, Map<String, Integer> page, int nextPage) {
        requireSame(questionnaire);
        if (progress == Progress.SUBMITTED) {
            throw new IllegalStateException("these answers have been submitted and can no longer change");
        }
        for (Map.Entry<String, Integer> answer : page.entrySet()) {
            if (questionnaire.item(answer.getKey()).isEmpty()) {
                throw new Refusal("respond.invalid");
            }
            Integer value = answer.getValue();
            if (value != null && !questionnaire.responseFormat().accepts(value)) {
                throw new Refusal("respond.invalid");
            }
        }
        page.forEach((item, value) -> {
            if (value == null) {
                answers.remove(item);
            } else {
                answers.put(item, value);
            }
        });
        currentPage = Math.max(1, nextPage);
    }

    /**
     * Notes, by the server's clock, that the candidate began answering their self-report (the
     * kiosk opened, or they consented through their link); the first time counts. Campaign
     * answers and interviewers' ratings keep no such time.
     */
    public void beganAnswering(Instant now) {
        if (keepsAnsweringTime() && answeringBeganAt == null && progress != Progress.SUBMITTED) {
            answeringBeganAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    /** Notes, by the server's clock, that a page of a candidate's self-report was saved. */
    public void pageSaved(Instant now) {
        if (keepsAnsweringTime() && progress != Progress.SUBMITTED) {
            lastPageSavedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    /** Keeps the answering times of {@code earlier}, whose answers this one takes over (a new link). */
    public void continues(Assessment earlier) {
        if (keepsAnsweringTime()) {
            answeringBeganAt = earlier.answeringBeganAt;
            lastPageSavedAt = earlier.lastPageSavedAt;
        }
    }

    /** The time from beginning to answer to the last page save; null when either is unknown (and always in a campaign). */
    public Duration answeringTime() {
        return answeringBeganAt == null || lastPageSavedAt == null ? null
                : Duration.between(answeringBeganAt, lastPageSavedAt);
    }

    private boolean keepsAnsweringTime() {
        return candidate != null && raterUsername == null && campaign == null;
    }

    /** Keeps an interviewer's note on one question (blank removes it). */
    public void note(Item item, String text) {
        if (progress == Progress.SUBMITTED) {
            throw new IllegalStateException("these ratings have been submitted and can no longer change");
        }
        String note = Texts.optional(text, 4000, "note");
        if (note == null) {
            notes.remove(item.id());
        } else {
            notes.put(item.id(), note);
        }
    }

    /**
     * Submits, once: stores the scale scores, the scoring version and the answers and scores as
     * the raw export's lines ({@link SubmittedValues}); in a campaign no time is kept. Returns
     * false, changing nothing, when the assessment had been submitted already (a second click, a
     * reload, the back button).
     */
    public boolean submit(Map<String, StoredScore> scaleScores, String scoringVersion, Instant now) {
        if (progress == Progress.SUBMITTED) {
            return false;
        }
        scores.clear();
        scores.putAll(scaleScores);
        this.submittedAnswers = SubmittedValues.answers(answers);
        this.submittedScores = SubmittedValues.scores(scores);
        this.scoringVersion = Objects.requireNonNull(scoringVersion);
        this.progress = Progress.SUBMITTED;
        if (campaign == null) {
            this.submittedOn = now.atOffset(ZoneOffset.UTC).toLocalDate();
            this.submittedAt = now.atOffset(ZoneOffset.UTC);
        }
        return true;
    }

    /**
     * Records when a candidate agreed to answer their self-report. Campaign answers never keep
     * such a time (their invitation keeps only that consent was given).
     */
    public void consent(Instant now) {
        if (campaign != null || invitation != null) {
            throw new IllegalStateException("consent to a campaign is kept on its invitation, without a time");
        }
        if (consentedAt == null) {
            consentedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    /** Cuts the link from submitted campaign answers to the invitation that reached them, for good. */
    public void anonymise() {
        if (progress != Progress.SUBMITTED) {
            throw new IllegalStateException("only submitted answers are detached from their invitation");
        }
        this.invitation = null;
        this.accessHash = null;
    }

    private void requireSame(Questionnaire questionnaire) {
        if (!questionnaire.id().equals(questionnaireId) || questionnaire.version() != questionnaireVersion) {
            throw new IllegalArgumentException("this assessment is of " + questionnaireId + ".v" + questionnaireVersion
                    + ", not " + questionnaire.key());
        }
    }

    public void markDemo() {
        this.demo = true;
    }

    public Long getId() {
        return id;
    }

    public String getQuestionnaireId() {
        return questionnaireId;
    }

    public int getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public String getScoringVersion() {
        return scoringVersion;
    }

    public Progress getProgress() {
        return progress;
    }

    public boolean isSubmitted() {
        return progress == Progress.SUBMITTED;
    }

    public int getCurrentPage() {
        return currentPage;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Team getTeam() {
        return team;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public String getRaterUsername() {
        return raterUsername;
    }

    public boolean isDemo() {
        return demo;
    }

    /** When it was started; null in campaigns, which keep no time. */
    /**
     * How far the respondent has come as a person would say it: a candidate's self-report whose
     * link was made but never opened (nobody consented or began) is still {@link Progress#INVITED},
     * not started.
     */
    public Progress getProgressSeen() {
        return progress == Progress.STARTED && keepsAnsweringTime() && answeringBeganAt == null && answers.isEmpty()
                ? Progress.INVITED : progress;
    }

    public Instant getStartedAt() {
        return startedAt == null ? null : startedAt.toInstant();
    }

    /** The day of submission; null in campaigns, which keep no time. */
    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    /** The exact time of submission; null in campaigns, which keep no time. */
    public Instant getSubmittedAt() {
        return submittedAt == null ? null : submittedAt.toInstant();
    }

    /** When a candidate agreed to answer their self-report; null before, and always in campaigns. */
    public Instant getConsentedAt() {
        return consentedAt == null ? null : consentedAt.toInstant();
    }

    /** Whether no question has an answer: such a questionnaire is not a response and cannot be submitted. */
    public boolean isBlank() {
        return answers.isEmpty();
    }

    public Map<String, Integer> getAnswers() {
        return Collections.unmodifiableMap(answers);
    }

    public Map<String, StoredScore> getScores() {
        return Collections.unmodifiableMap(scores);
    }

    public Map<String, String> getNotes() {
        return Collections.unmodifiableMap(notes);
    }
}
