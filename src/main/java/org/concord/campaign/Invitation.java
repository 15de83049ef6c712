package org.concord.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.concord.kernel.Progress;

/**
 * A link to answer a campaign, known only by the hash of its token. Three kinds: a member's
 * personal link; a team's shared anonymous link (never answered on directly); and the private
 * link a visitor of a shared link gets, so that they can resume (no member, not shared). Its
 * progress is what the completion view counts; it never says which answers are whose.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = "Invitation.findByTokenHash", query = "SELECT i FROM Invitation i WHERE i.tokenHash = :hash")
@NamedQuery(name = "Invitation.findByCampaign",
        query = "SELECT i FROM Invitation i WHERE i.campaign = :campaign ORDER BY i.team.name, i.id")
@NamedQuery(name = "Invitation.findByMember", query = "SELECT i FROM Invitation i WHERE i.member = :member")
public class Invitation {

    @Id
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private TeamMember member;

    @Column(name = "token_hash")
    private String tokenHash;

    private boolean shared;

    private boolean consented;

    @Enumerated(EnumType.STRING)
    private Progress progress;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Invitation() {
        // for JPA
    }

    private Invitation(Campaign campaign, Team team, TeamMember member, String tokenHash, boolean shared, Instant at) {
        this.campaign = Objects.requireNonNull(campaign);
        this.team = Objects.requireNonNull(team);
        this.member = member;
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.shared = shared;
        this.progress = Progress.INVITED;
        this.createdAt = at.atOffset(ZoneOffset.UTC);
    }

    public static Invitation personal(Campaign campaign, TeamMember member, String tokenHash, Instant at) {
        return new Invitation(campaign, member.getTeam(), member, tokenHash, false, at);
    }

    public static Invitation sharedLink(Campaign campaign, Team team, String tokenHash, Instant at) {
        return new Invitation(campaign, team, null, tokenHash, true, at);
    }

    /** The private link of one visitor of {@code shared}: anonymous, but resumable. */
    public static Invitation visitOf(Invitation shared, String tokenHash, Instant at) {
        if (!shared.shared) {
            throw new IllegalArgumentException("only a shared link has visitors");
        }
        return new Invitation(shared.campaign, shared.team, null, tokenHash, false, at);
    }

    /** The holder agreed to take part; only that fact is kept, never when. */
    public void consent() {
        if (shared) {
            throw new IllegalStateException("a shared link is never answered on directly; its visitors consent");
        }
        consented = true;
    }

    /** Whether {@code visitor} is the private link of a visitor of this shared link. */
    public boolean hasVisitor(Invitation visitor) {
        return shared && visitor != null && !visitor.shared && visitor.member == null
                && visitor.campaign.getId().equals(campaign.getId()) && visitor.team.getId().equals(team.getId());
    }

    /**
     * Replaces the token of a link that has not been completed: the old link stops working, the
     * new one (its hash here) reaches the same answers. Concord keeps no token, so this is how a
     * link is shown or sent again.
     */
    public void renew(String newTokenHash) {
        if (progress == Progress.SUBMITTED) {
            throw new IllegalStateException("a completed link is never renewed");
        }
        this.tokenHash = Objects.requireNonNull(newTokenHash);
    }

    /**
     * Forgets the member this personal link was for, when they are erased: the invitation stays,
     * without a person, so that the campaign's counts remain right.
     */
    public void forgetMember() {
        member = null;
    }

    public void started() {
        if (progress == Progress.INVITED) {
            progress = Progress.STARTED;
        }
    }

    public void submitted() {
        progress = Progress.SUBMITTED;
    }

    public void sent(Instant at) {
        sentAt = at.atOffset(ZoneOffset.UTC);
    }

    public void reminded(Instant at) {
        remindedAt = at.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Team getTeam() {
        return team;
    }

    public TeamMember getMember() {
        return member;
    }

    public boolean isShared() {
        return shared;
    }

    public boolean isConsented() {
        return consented;
    }

    public Progress getProgress() {
        return progress;
    }

    public Instant getSentAt() {
        return sentAt == null ? null : sentAt.toInstant();
    }

    public Instant getRemindedAt() {
        return remindedAt == null ? null : remindedAt.toInstant();
    }
}
