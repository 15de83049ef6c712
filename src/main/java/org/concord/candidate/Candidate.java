package org.concord.candidate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.concord.kernel.Refusal;
import org.concord.kernel.Texts;

/**
 * A job candidate a recruiter assesses: who they are, the position they applied for, the
 * recruiter who owns their file, and the consent they gave (its exact text and time) to the
 * assessment and to how long Concord keeps their data. After {@code deleteAfter} the
 * retention job erases them. The recruiter may name other interviewers (the interview panel),
 * who may then rate the candidate too.
 */
@Entity
@Table(name = "candidate")
@NamedQuery(name = "Candidate.findByRecruiter",
        query = "SELECT c FROM Candidate c WHERE c.recruiterUsername = :recruiter ORDER BY c.createdAt DESC")
@NamedQuery(name = "Candidate.findExpired", query = "SELECT c FROM Candidate c WHERE c.deleteAfter < :today")
public class Candidate implements java.io.Serializable {

    public static final int DEFAULT_RETENTION_DAYS = 180;

    /** The longest user name the recruiter and panel columns hold. */
    public static final int USERNAME_LENGTH = 100;

    /** The longest reason a decision may carry. */
    public static final int REASON_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "candidate_seq", sequenceName = "candidate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_seq")
    private Long id;

    @NotBlank(message = "{concord.required}")
    @Size(max = 200, message = "{concord.tooLong}")
    private String name;

    @Email(message = "{concord.email}")
    @Size(max = 254, message = "{concord.tooLong}")
    private String email;

    @NotBlank(message = "{concord.required}")
    @Size(max = 200, message = "{concord.tooLong}")
    @Column(name = "position_applied")
    private String position;

    @Column(name = "recruiter_username")
    private String recruiterUsername;

    @NotBlank(message = "{concord.required}")
    @Size(max = 4000, message = "{concord.tooLong}")
    @Column(name = "consent_text")
    private String consentText;

    @Column(name = "consent_at")
    private OffsetDateTime consentAt;

    @Min(value = 1, message = "{concord.candidate.retention}")
    @Max(value = 3650, message = "{concord.candidate.retention}")
    @Column(name = "retention_days")
    private int retentionDays;

    @Column(name = "delete_after")
    private LocalDate deleteAfter;

    private boolean demo;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "candidate_interviewer", joinColumns = @JoinColumn(name = "candidate_id"))
    @Column(name = "username")
    private Set<String> interviewers = new HashSet<>();

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Decision decision;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Version
    private long version;

    protected Candidate() {
        // for JPA
    }

    public Candidate(String name, String email, String position, String recruiterUsername,
                     String consentText, int retentionDays, Instant now) {
        this.name = Texts.required(name, 200, "name");
        this.email = Texts.email(email, "email");
        this.position = Texts.required(position, 200, "position");
        this.recruiterUsername = Texts.required(recruiterUsername, USERNAME_LENGTH, "recruiter");
        this.consentText = Texts.required(consentText, 4000, "consent");
        if (retentionDays < 1 || retentionDays > 3650) {
            throw new Refusal("recruiter.new.retentionRange").on("retention");
        }
        this.retentionDays = retentionDays;
        this.consentAt = Objects.requireNonNull(now).atOffset(ZoneOffset.UTC);
        this.createdAt = consentAt;
        this.deleteAfter = consentAt.toLocalDate().plusDays(retentionDays);
    }

    /** Names another interviewer who may rate this candidate; the recruiter is always one. */
    public void addInterviewer(String username) {
        String interviewer = Texts.required(username, USERNAME_LENGTH, "interviewer");
        if (!interviewer.equals(recruiterUsername)) {
            interviewers.add(interviewer);
        }
    }

    public void removeInterviewer(String username) {
        interviewers.remove(username);
    }

    /** Whether {@code username} may rate this candidate: the recruiter or a named interviewer. */
    public boolean isInterviewer(String username) {
        return username != null && (username.equals(recruiterUsername) || interviewers.contains(username));
    }

    /**
     * Records (or changes) the recruiter's decision with its reason (required, at most
     * {@link #REASON_LENGTH} characters), who decided and when.
     */
    public void decide(Decision decided, String reason, String by, Instant now) {
        if (decided == null) {
            throw new Refusal("recruiter.decide.missing").on("decision");
        }
        this.decisionReason = Texts.required(reason, REASON_LENGTH, "decision-reason");
        this.decision = decided;
        this.decidedBy = Texts.required(by, USERNAME_LENGTH, "decision");
        this.decidedAt = Objects.requireNonNull(now).atOffset(ZoneOffset.UTC);
    }

    /** The recruiter's decision; null while none is recorded. */
    public Decision getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    /** When the decision was last recorded (UTC), for pages; null while none is. */
    public OffsetDateTime getDecidedTime() {
        return decidedAt == null ? null : decidedAt.withOffsetSameInstant(ZoneOffset.UTC);
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

    public String getEmail() {
        return email;
    }

    public String getPosition() {
        return position;
    }

    public String getRecruiterUsername() {
        return recruiterUsername;
    }

    public String getConsentText() {
        return consentText;
    }

    public Instant getConsentAt() {
        return consentAt.toInstant();
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public LocalDate getDeleteAfter() {
        return deleteAfter;
    }

    /** The interviewers named besides the recruiter, in no particular order. */
    public Set<String> getInterviewers() {
        return Collections.unmodifiableSet(interviewers);
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    /** The day the candidate was brought in (UTC), for lists. */
    public LocalDate getCreatedOn() {
        return createdAt.toLocalDate();
    }

    /** The time of consent in UTC, for pages (Faces converts OffsetDateTime, not Instant). */
    public OffsetDateTime getConsentTime() {
        return consentAt.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
