package org.concord.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.kernel.AccessToken;
import org.concord.kernel.Progress;
import org.concord.kernel.Refusal;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;
import org.concord.database.PageQuery;

/**
 * A campaign's invitation links and how far they have come. Concord stores only each token's
 * hash, so a link can be read only when it is made: {@link #issue} creates the missing links
 * and renews those nobody has used yet (the old ones stop working), and returns them all for
 * HR to copy, download or e-mail at once. A member who has started or finished keeps their
 * link and gets no new one here; a reminder ({@link #draftReminders}) renews theirs too, but
 * only once the message carrying the new link is accepted ({@link #delivered}), and their
 * answers so far stay with it. Completion is counted per team and names nobody.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    /** Where respondents answer; the token follows as {@code t}. */
    public static final String RESPOND_PATH = "/respond/answer.xhtml?t=";

    private static final Map<String, String> FIELDS = Map.of(
            "team", "x.team.name", "name", "m.name", "email", "m.email");

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    protected InvitationService() {
        // for CDI
    }

    /**
     * Creates every missing link and renews every unused one: one per member (PERSONAL) or one
     * per team (SHARED). A team with no member gets no personal link, and a team with neither a
     * head count nor members no shared link: a shared link takes as many answers as the team has
     * people, so a team of unknown size would take answers without limit. {@code baseUrl} is Concord's address, for example {@code https://concord.example.org}.
     */
    public IssuedLinks issue(long campaignId, String baseUrl) {
        Campaign campaign = require(campaignId);
        Instant now = clock.instant();
        List<IssuedLink> links = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        int renewed = 0;
        int kept = 0;
        if (campaign.getLinkMode() == LinkMode.SHARED) {
            Map<Long, Invitation> shared = new HashMap<>();
            invitations(campaign, "i.shared = TRUE").forEach(i -> shared.put(i.getTeam().getId(), i));
            for (Team team : campaign.getTeams()) {
                if (team.getHeadcount() == null && team.getMembers().isEmpty()) {
                    empty.add(team.getName());
                    continue;
                }
                String token = AccessToken.newToken();
                Invitation link = shared.get(team.getId());
                if (link == null) {
                    link = Invitation.sharedLink(campaign, team, AccessToken.hash(token), now);
                    entityManager.persist(link);
                } else {
                    link.renew(AccessToken.hash(token));
                    renewed++;
                }
                entityManager.flush();
                links.add(new IssuedLink(link.getId(), team.getName(), null, null, url(baseUrl, token)));
            }
        } else {
            Map<Long, Invitation> personal = new HashMap<>();
            invitations(campaign, "i.member IS NOT NULL").forEach(i -> personal.put(i.getMember().getId(), i));
            for (Team team : campaign.getTeams()) {
                if (team.getMembers().isEmpty()) {
                    empty.add(team.getName());
                }
                for (TeamMember member : team.getMembers()) {
                    Invitation link = personal.get(member.getId());
                    if (link != null && link.getProgress() != Progress.INVITED) {
                        kept++;
                        continue;
                    }
                    String token = AccessToken.newToken();
                    if (link == null) {
                        link = Invitation.personal(campaign, member, AccessToken.hash(token), now);
                        entityManager.persist(link);
                    } else {
                        link.renew(AccessToken.hash(token));
                        renewed++;
                    }
                    entityManager.flush();
                    links.add(new IssuedLink(link.getId(), team.getName(), member.getName(), member.getEmail(),
                            url(baseUrl, token)));
                }
            }
        }
        return new IssuedLinks(campaign.getName(), campaign.getWaveLabel(), campaign.getClosesOn(),
                campaign.getLinkMode(), links, renewed, kept, empty);
    }

    /**
     * For a reminder: a new link for every member with an e-mail address who has been invited
     * and has not finished (their answers so far will stay with it), not stored yet: each member's
     * link changes only when the message carrying the new one has been accepted
     * ({@link #delivered}). Shared links cannot be reminded: nobody is known.
     */
    public Drafts draftReminders(long campaignId, String baseUrl) {
        Campaign campaign = require(campaignId);
        if (campaign.getLinkMode() != LinkMode.PERSONAL) {
            throw new Refusal("hr.remind.shared");
        }
        List<PendingLink> drafts = new ArrayList<>();
        int withoutEmail = 0;
        for (Invitation link : invitations(campaign, "i.member IS NOT NULL AND i.progress <> :submitted")) {
            TeamMember member = link.getMember();
            if (member.getEmail() == null) {
                withoutEmail++;
                continue;
            }
            String token = AccessToken.newToken();
            drafts.add(new PendingLink(new IssuedLink(link.getId(), link.getTeam().getName(), member.getName(),
                    member.getEmail(), url(baseUrl, token)), AccessToken.hash(token)));
        }
        return new Drafts(campaign, drafts, withoutEmail);
    }

    /**
     * For first invitations: a link for every member who has not started. A member without a
     * link gets one now (nothing is lost: they had none); one whose unused link is to be sent
     * again gets a new link only when its message has been accepted ({@link #delivered}).
     */
    public Drafts draftInvitations(long campaignId, String baseUrl) {
        Campaign campaign = require(campaignId);
        if (campaign.getLinkMode() != LinkMode.PERSONAL) {
            throw new Refusal("hr.mail.shared");
        }
        Map<Long, Invitation> personal = new HashMap<>();
        invitations(campaign, "i.member IS NOT NULL").forEach(i -> personal.put(i.getMember().getId(), i));
        List<PendingLink> drafts = new ArrayList<>();
        int withoutEmail = 0;
        for (Team team : campaign.getTeams()) {
            for (TeamMember member : team.getMembers()) {
                Invitation link = personal.get(member.getId());
                if (link != null && link.getProgress() != Progress.INVITED) {
                    continue;
                }
                if (member.getEmail() == null) {
                    withoutEmail++;
                    continue;
                }
                String token = AccessToken.newToken();
                String hash = AccessToken.hash(token);
                if (link == null) {
                    link = Invitation.personal(campaign, member, hash, clock.instant());
                    entityManager.persist(link);
                    entityManager.flush();
                    hash = null;
                }
                drafts.add(new PendingLink(new IssuedLink(link.getId(), team.getName(), member.getName(),
                        member.getEmail(), url(baseUrl, token)), hash));
            }
        }
        return new Drafts(campaign, drafts, withoutEmail);
    }

    /** Links to e-mail for one campaign, and how many members have no address. */
    public record Drafts(String campaign, String waveLabel, java.time.LocalDate closesOn, List<PendingLink> links,
                         int withoutEmail) {

        Drafts(Campaign campaign, List<PendingLink> links, int withoutEmail) {
            this(campaign.getName(), campaign.getWaveLabel(), campaign.getClosesOn(), List.copyOf(links), withoutEmail);
        }

        /** Links HR has just generated (stored already), as drafts. */
        public static Drafts of(IssuedLinks issued) {
            List<PendingLink> links = issued.links().stream().filter(l -> l.email() != null)
                    .map(l -> new PendingLink(l, null)).toList();
            return new Drafts(issued.campaign(), issued.waveLabel(), issued.closesOn(), links,
                    issued.links().size() - links.size());
        }
    }

    /**
     * The mail server accepted the message carrying {@code link}: when it carries a new token,
     * the member's link becomes it (the old one stops working), and the link is noted as sent
     * (or reminded). A link submitted meanwhile keeps its token.
     */
    public void delivered(PendingLink link, boolean reminder) {
        Invitation invitation = entityManager.find(Invitation.class, link.link().invitationId());
        if (invitation == null) {
            return;
        }
        if (link.newTokenHash() != null && invitation.getProgress() != Progress.SUBMITTED) {
            invitation.renew(link.newTokenHash());
        }
        if (reminder) {
            invitation.reminded(clock.instant());
        } else {
            invitation.sent(clock.instant());
        }
    }

    /**
     * Per team: its size, how many have started and not submitted, how many have submitted.
     * Personal links and the private links of a shared link's visitors are counted alike.
     * Paper questionnaires HR imported count as submitted.
     */
    public List<TeamCompletion> completion(long campaignId) {
        Campaign campaign = require(campaignId);
        Map<Long, int[]> counts = new HashMap<>();
        entityManager.createQuery("SELECT i.team.id, i.progress, COUNT(i) FROM Invitation i"
                        + " WHERE i.campaign = :campaign AND i.shared = FALSE GROUP BY i.team.id, i.progress", Object[].class)
                .setParameter("campaign", campaign)
                .getResultStream()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new int[Progress.values().length])
                        [((Progress) row[1]).ordinal()] += ((Long) row[2]).intValue());
        Map<Long, Long> members = new HashMap<>();
        entityManager.createQuery("SELECT m.team.id, COUNT(m) FROM TeamMember m WHERE m.team IN"
                        + " (SELECT t FROM Campaign c JOIN c.teams t WHERE c = :campaign) GROUP BY m.team.id", Object[].class)
                .setParameter("campaign", campaign)
                .getResultStream()
                .forEach(row -> members.put((Long) row[0], (Long) row[1]));
        Map<Long, Integer> paper = new HashMap<>();
        entityManager.createNamedQuery("PaperTally.ofCampaign", Object[].class)
                .setParameter("campaign", campaign)
                .getResultStream()
                .forEach(row -> paper.put((Long) row[0], ((Number) row[1]).intValue()));
        List<TeamCompletion> teams = new ArrayList<>();
        for (Team team : campaign.getTeams()) {
            int[] progress = counts.getOrDefault(team.getId(), new int[Progress.values().length]);
            progress[Progress.SUBMITTED.ordinal()] += paper.getOrDefault(team.getId(), 0);
            int size = team.getHeadcount() != null ? team.getHeadcount() : members.getOrDefault(team.getId(), 0L).intValue();
            teams.add(new TeamCompletion(team.getId(), team.getName(), size,
                    progress[Progress.STARTED.ordinal()], progress[Progress.SUBMITTED.ordinal()]));
        }
        return teams;
    }

    /**
     * One page of the members of a personal-link campaign who have not finished, for
     * reminders. A shared-link campaign has nobody to list.
     */
    public Page<UnfinishedRow> unfinished(long campaignId, PageRequest request) {
        Campaign campaign = require(campaignId);
        if (campaign.getLinkMode() != LinkMode.PERSONAL) {
            return new Page<>(List.of(), 0);
        }
        PageQuery query = new PageQuery("x", "Invitation x JOIN x.member m")
                .where("x.campaign = :campaign", "campaign", campaign)
                .where("x.progress <> :submitted", "submitted", Progress.SUBMITTED)
                .filters(request, FIELDS)
                .sort(request, FIELDS, "x.team.name, m.name, x.id");
        long total = query.count(entityManager);
        List<UnfinishedRow> rows = query.rows(entityManager, request, Invitation.class).stream()
                .map(i -> new UnfinishedRow(i.getId(), i.getTeam().getName(), i.getMember().getName(),
                        i.getMember().getEmail(), i.getProgress(), day(i.getSentAt()), day(i.getRemindedAt())))
                .toList();
        return new Page<>(rows, total);
    }

    /** The respondent's address for {@code token} under Concord's base address. */
    public static String url(String baseUrl, String token) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + RESPOND_PATH + token;
    }

    private List<Invitation> invitations(Campaign campaign, String condition) {
        var query = entityManager.createQuery("SELECT i FROM Invitation i WHERE i.campaign = :campaign AND "
                + condition + " ORDER BY i.team.name, i.id", Invitation.class)
                .setParameter("campaign", campaign);
        if (condition.contains(":submitted")) {
            query.setParameter("submitted", Progress.SUBMITTED);
        }
        return query.getResultList();
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private Campaign require(long campaignId) {
        Campaign campaign = entityManager.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new Refusal("hr.campaign.notFound");
        }
        return campaign;
    }
}
