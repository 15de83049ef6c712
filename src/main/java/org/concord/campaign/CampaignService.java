package org.concord.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.concord.catalog.QuestionnaireSource;
import org.concord.questionnaire.Kind;
import org.concord.security.AuditTrail;
import org.concord.questionnaire.Questionnaire;
import org.concord.kernel.Refusal;
import org.concord.kernel.Page;
import org.concord.kernel.PageRequest;
import org.concord.database.PageQuery;

/**
 * HR's campaigns: creating one (teams, team-member questionnaires, wave label, dates,
 * anonymity threshold, link mode), changing it, and starting its follow-up wave with the same
 * teams and questionnaires. Once links exist, the link mode and questionnaires are fixed and
 * no team can be taken out (answers and links belong to them); names, dates and the threshold
 * can still change, and teams can be added.
 *
 * <p>The campaign list groups each campaign's waves (the first and its follow-ups) with their
 * status and response rate. A campaign whose waves are all closed can be archived, audited: it
 * leaves the list unless archived ones are asked for, and nothing of it changes any more (no
 * edit, no follow-up) while its results and reports stay readable. Restoring it, audited too,
 * only brings it back to the list: its waves stay closed, so no figure already read can move.
 */
@ApplicationScoped
@Transactional
public class CampaignService {

    private static final Map<String, String> FIELDS = Map.of(
            "name", "x.name", "waveLabel", "x.waveLabel", "opensOn", "x.opensOn", "closesOn", "x.closesOn");
    private static final Map<String, String> FILTERS = Map.of("name", "x.name", "waveLabel", "x.waveLabel");
    private static final Map<String, String> SERIES_FIELDS = Map.of("name", "x.name", "opensOn", "x.opensOn");
    private static final Map<String, String> SERIES_FILTERS = Map.of("name", "x.name");

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private QuestionnaireSource questionnaires;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private InvitationService invitations;

    protected CampaignService() {
        // for CDI
    }

    /** Creates a campaign from the form; {@code by} is the HR user name. */
    public Campaign create(CampaignForm form, String by) {
        List<Team> teams = teams(form.getTeamIds());
        List<Instrument> instruments = instruments(form.getInstruments());
        if (form.getLinkMode() == null) {
            throw new Refusal("hr.campaign.noLinkMode");
        }
        Campaign campaign = new Campaign(form.getName(), form.getWaveLabel(), form.getOpensOn(),
                form.getClosesOn(), form.getMinGroupSize(), form.getLinkMode(),
                Objects.requireNonNullElse(by, "unknown"), clock.instant());
        campaign.replaceTeams(teams);
        campaign.replaceInstruments(instruments);
        entityManager.persist(campaign);
        return campaign;
    }

    /** Changes a campaign; after its links exist, only what {@link CampaignService} says may change; a closed wave not at all. */
    public Campaign update(long campaignId, CampaignForm form) {
        Campaign campaign = require(campaignId);
        requireNotArchived(campaign);
        if (campaign.isClosedOn(LocalDate.now(clock))) {
            throw new Refusal("hr.campaign.closedLocked");
        }
        List<Team> teams = teams(form.getTeamIds());
        List<Instrument> instruments = instruments(form.getInstruments());
        if (hasLinks(campaignId)) {
            boolean sameInstruments = keys(instruments).equals(keys(campaign.getInstruments()));
            boolean teamRemoved = !teams.containsAll(campaign.getTeams());
            if (!sameInstruments || teamRemoved || form.getLinkMode() != campaign.getLinkMode()) {
                throw new Refusal("hr.campaign.locked");
            }
        }
        campaign.revise(form.getName(), form.getWaveLabel(), form.getOpensOn(), form.getClosesOn(),
                form.getMinGroupSize());
        campaign.changeLinkMode(form.getLinkMode());
        campaign.replaceTeams(teams);
        campaign.replaceInstruments(instruments);
        return campaign;
    }

    /**
     * Closes a wave early, for good, and audits it in the same transaction: nobody can answer
     * any more, and its results are released. Closing a closed wave changes nothing and
     * records nothing.
     */
    public Campaign close(long campaignId, String by) {
        Campaign campaign = require(campaignId);
        LocalDate today = LocalDate.now(clock);
        if (!campaign.isClosedOn(today)) {
            campaign.close(today, by);
            audit.record(by, "campaign.closed", "campaign-" + campaignId, "closed early, results released");
        }
        return campaign;
    }

    /**
     * Sets HR's choice to leave the questionnaires flagged for review out of the wave's results;
     * refused once the wave is closed (the choice is then fixed).
     */
    public Campaign leaveOutFlagged(long campaignId, boolean leaveOut, String by) {
        Campaign campaign = require(campaignId);
        if (campaign.isClosedOn(LocalDate.now(clock))) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "hr.flagged.fixed");
        }
        campaign.leaveOutFlagged(leaveOut, LocalDate.now(clock));
        audit.record(by, "campaign.flagged", "campaign-" + campaignId,
                leaveOut ? "flagged questionnaires left out of the results" : "flagged questionnaires kept in the results");
        return campaign;
    }

    /** The campaign with its teams, and the wave before it when there is one. */
    public Optional<Campaign> find(long campaignId) {
        Optional<Campaign> campaign = Optional.ofNullable(entityManager.find(Campaign.class, campaignId));
        campaign.ifPresent(c -> {
            c.getTeams().size();
            if (c.getPreviousWave() != null) {
                c.getPreviousWave().getName();
            }
        });
        return campaign;
    }

    /** The next wave: same teams, same questionnaires, a new label and new dates. */
    public Campaign followUp(long campaignId, String waveLabel, LocalDate opens, LocalDate closes, String by) {
        Campaign previous = require(campaignId);
        requireNotArchived(previous);
        Campaign next = previous.followUp(waveLabel, opens, closes,
                Objects.requireNonNullElse(by, "unknown"), clock.instant());
        entityManager.persist(next);
        return next;
    }

    /** Whether any invitation link of the campaign exists. */
    public boolean hasLinks(long campaignId) {
        return entityManager.createQuery("SELECT COUNT(i) FROM Invitation i WHERE i.campaign.id = :id", Long.class)
                .setParameter("id", campaignId).getSingleResult() > 0;
    }

    /** One page of the campaign list, newest first unless sorted otherwise. */
    public Page<CampaignRow> page(PageRequest request) {
        PageQuery query = new PageQuery("x", "Campaign x").filters(request, FILTERS)
                .sort(request, FIELDS, "x.opensOn DESC, x.id DESC");
        long total = query.count(entityManager);
        List<Campaign> campaigns = query.rows(entityManager, request, Campaign.class);
        Map<Long, Long> teams = new HashMap<>();
        if (!campaigns.isEmpty()) {
            entityManager.createQuery("SELECT c.id, COUNT(t) FROM Campaign c JOIN c.teams t WHERE c.id IN :ids"
                            + " GROUP BY c.id", Object[].class)
                    .setParameter("ids", campaigns.stream().map(Campaign::getId).toList())
                    .getResultStream()
                    .forEach(row -> teams.put((Long) row[0], (Long) row[1]));
        }
        return new Page<>(campaigns.stream().map(c -> new CampaignRow(c.getId(), c.getName(), c.getWaveLabel(),
                c.getOpensOn(), c.getClosesOn(), c.getLinkMode(), teams.getOrDefault(c.getId(), 0L).intValue(),
                c.getPreviousWave() != null)).toList(), total);
    }

    /**
     * One page of the campaign list: campaigns (by their first wave, newest first unless sorted
     * otherwise, filtered by name), each with all its waves in order, their status and response
     * rate. Archived campaigns only when {@code withArchived}.
     */
    public Page<CampaignSeries> series(PageRequest request, boolean withArchived) {
        PageQuery query = new PageQuery("x", "Campaign x").where("x.previousWave IS NULL", null, null);
        if (!withArchived) {
            query.where("x.archivedOn IS NULL", null, null);
        }
        query.filters(request, SERIES_FILTERS).sort(request, SERIES_FIELDS, "x.opensOn DESC, x.id DESC");
        long total = query.count(entityManager);
        List<Campaign> firsts = query.rows(entityManager, request, Campaign.class);
        Map<Long, List<Campaign>> waves = new HashMap<>();
        firsts.forEach(first -> waves.computeIfAbsent(first.getId(), id -> new ArrayList<>()).add(first));
        Map<Long, Long> seriesOf = new HashMap<>();
        firsts.forEach(first -> seriesOf.put(first.getId(), first.getId()));
        List<Long> level = firsts.stream().map(Campaign::getId).toList();
        while (!level.isEmpty()) {
            List<Campaign> next = entityManager.createQuery("SELECT c FROM Campaign c WHERE c.previousWave.id IN :ids",
                    Campaign.class).setParameter("ids", level).getResultList();
            for (Campaign wave : next) {
                long series = seriesOf.get(wave.getPreviousWave().getId());
                seriesOf.put(wave.getId(), series);
                waves.get(series).add(wave);
            }
            level = next.stream().map(Campaign::getId).toList();
        }
        Set<Long> linked = withLinks(seriesOf.keySet());
        Map<Long, Long> teams = teamCounts(seriesOf.keySet());
        LocalDate today = LocalDate.now(clock);
        List<CampaignSeries> rows = firsts.stream().map(first -> new CampaignSeries(first.getId(), first.getName(),
                first.isArchived(), waves.get(first.getId()).stream()
                        .sorted(java.util.Comparator.comparing(Campaign::getOpensOn).thenComparing(Campaign::getId))
                        .map(w -> new WaveLine(w.getId(), w.getWaveLabel(), w.getOpensOn(), w.getClosesOn(), w.getLinkMode(),
                                teams.getOrDefault(w.getId(), 0L).intValue(),
                                CampaignStatus.of(w, linked.contains(w.getId()), today),
                                ResponseRate.of(invitations.completion(w.getId()))))
                        .toList())).toList();
        return new Page<>(rows, total);
    }

    /** The response rate of one wave: submitted over invited, summed over its teams. */
    public ResponseRate rate(long campaignId) {
        return ResponseRate.of(invitations.completion(campaignId));
    }

    /** The status of one wave today. */
    public CampaignStatus status(long campaignId) {
        Campaign campaign = require(campaignId);
        return CampaignStatus.of(campaign, hasLinks(campaignId), LocalDate.now(clock));
    }

    /**
     * Archives the campaign {@code campaignId} belongs to, every wave of it, and audits it:
     * refused while one of its waves is not closed. Archiving an archived campaign changes
     * nothing and records nothing.
     */
    public void archive(long campaignId, String by) {
        List<Campaign> waves = seriesOf(require(campaignId));
        LocalDate today = LocalDate.now(clock);
        if (waves.stream().anyMatch(w -> !w.isClosedOn(today))) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "hr.archive.notClosed");
        }
        if (waves.stream().allMatch(Campaign::isArchived)) {
            return;
        }
        waves.forEach(w -> w.archive(today, by));
        audit.record(by, "campaign.archived", "campaign-" + waves.get(0).getId(), null);
    }

    /** Brings an archived campaign (all its waves) back to the list, audited; its waves stay closed. */
    public void restore(long campaignId, String by) {
        List<Campaign> waves = seriesOf(require(campaignId));
        if (waves.stream().noneMatch(Campaign::isArchived)) {
            return;
        }
        waves.forEach(Campaign::restore);
        audit.record(by, "campaign.restored", "campaign-" + waves.get(0).getId(), null);
    }

    /** The first wave of {@code wave}'s campaign, then every wave that follows from it. */
    private List<Campaign> seriesOf(Campaign wave) {
        Campaign first = wave;
        while (first.getPreviousWave() != null) {
            first = first.getPreviousWave();
        }
        List<Campaign> all = new ArrayList<>(List.of(first));
        List<Long> level = List.of(first.getId());
        while (!level.isEmpty()) {
            List<Campaign> next = entityManager.createQuery("SELECT c FROM Campaign c WHERE c.previousWave.id IN :ids",
                    Campaign.class).setParameter("ids", level).getResultList();
            all.addAll(next);
            level = next.stream().map(Campaign::getId).toList();
        }
        return all;
    }

    private Set<Long> withLinks(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("SELECT DISTINCT i.campaign.id FROM Invitation i"
                + " WHERE i.campaign.id IN :ids", Long.class).setParameter("ids", ids).getResultList());
    }

    private Map<Long, Long> teamCounts(Set<Long> ids) {
        Map<Long, Long> teams = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("SELECT c.id, COUNT(t) FROM Campaign c JOIN c.teams t WHERE c.id IN :ids"
                            + " GROUP BY c.id", Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(row -> teams.put((Long) row[0], (Long) row[1]));
        }
        return teams;
    }

    private static void requireNotArchived(Campaign campaign) {
        if (campaign.isArchived()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "hr.archive.readOnly");
        }
    }

    private List<Team> teams(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new Refusal("hr.campaign.noTeam");
        }
        List<Team> teams = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            Team team = id == null ? null : entityManager.find(Team.class, id);
            if (team == null) {
                throw new Refusal("hr.team.notFound");
            }
            teams.add(team);
        }
        return teams;
    }

    /** The questionnaires named by their keys: team-member questionnaires that are loaded, each once. */
    private List<Instrument> instruments(List<String> keys) {
        if (keys == null || keys.isEmpty()) {
            throw new Refusal("hr.campaign.noInstrument");
        }
        List<Instrument> instruments = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String key : keys) {
            int at = key == null ? -1 : key.lastIndexOf(".v");
            Optional<Questionnaire> found = Optional.empty();
            if (at > 0) {
                try {
                    found = questionnaires.find(key.substring(0, at), Integer.parseInt(key.substring(at + 2)));
                } catch (NumberFormatException notAVersion) {
                    found = Optional.empty();
                }
            }
            Questionnaire questionnaire = found.filter(q -> q.kind() == Kind.TEAM_MEMBER)
                    .orElseThrow(() -> new Refusal("hr.campaign.instrument", key));
            if (!ids.add(questionnaire.id())) {
                throw new Refusal("hr.campaign.instrumentTwice", questionnaire.id());
            }
            instruments.add(new Instrument(questionnaire.id(), questionnaire.version()));
        }
        return instruments;
    }

    private static List<String> keys(List<Instrument> instruments) {
        return instruments.stream().map(i -> i.getQuestionnaireId() + ".v" + i.getQuestionnaireVersion()).toList();
    }

    private Campaign require(long campaignId) {
        Campaign campaign = entityManager.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new Refusal("hr.campaign.notFound");
        }
        return campaign;
    }
}
