package org.concord.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.campaign.Campaign;
import org.concord.campaign.PaperTally;
import org.concord.campaign.Team;
import org.concord.catalog.QuestionnaireSource;
import org.concord.kernel.Progress;
import org.concord.kernel.Refusal;
import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.ScoringVersion;
import org.concord.security.AuditTrail;

/**
 * Brings a campaign wave's paper questionnaires in (a workshop without laptops): HR's file
 * ({@link PaperFile}) is checked whole, then every line becomes one submitted, scored campaign
 * assessment per questionnaire it answers, stored exactly as an online one after its link was
 * cut: no invitation, no time, nothing that says it came from paper, and in an order shuffled
 * so that not even the order of the file survives. The wave must be open, as for an online
 * answer, and a team takes no more answers (online and paper) than it has people; its shared
 * link is locked while that is counted, so that online visitors and an import cannot both
 * take its last places. One bad cell refuses the whole file and nothing is kept. The answers
 * count in the results when the wave closes, like every other. Audited with the count only.
 */
@ApplicationScoped
@Transactional
public class PaperAnswerService {

    private static final SecureRandom SHUFFLE = new SecureRandom();

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private QuestionnaireSource questionnaires;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    protected PaperAnswerService() {
        // for CDI
    }

    /**
     * Imports {@code csv} (UTF-8, {@code team,<item id>...} then one line per paper questionnaire)
     * into the wave {@code campaignId}, every line or none, on behalf of {@code by}.
     *
     * @return how many paper questionnaires were kept, per team
     * @throws Refusal NOT_FOUND for no such wave, CONFLICT when the wave is not open today,
     *                 INVALID naming the first bad line and column of the file (field {@code paper-file})
     */
    public PaperImport importAnswers(long campaignId, byte[] csv, String by) {
        Campaign campaign = entityManager.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null) {
            throw Refusal.of(Refusal.Kind.NOT_FOUND, "hr.paper.noCampaign").on(PaperFile.FIELD);
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(campaign.getOpensOn())) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "hr.paper.notOpen", campaign.getOpensOn().toString()).on(PaperFile.FIELD);
        }
        if (campaign.isClosedOn(today)) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "hr.paper.closed").on(PaperFile.FIELD);
        }
        List<Questionnaire> asked = campaign.getInstruments().stream()
                .map(i -> questionnaires.answered(i.getQuestionnaireId(), i.getQuestionnaireVersion())).toList();
        List<PaperFile.Sheet> sheets = PaperFile.read(csv, asked, campaign.getTeams());
        Map<String, Integer> perTeam = checkCaps(campaign, sheets);
        List<PaperFile.Sheet> shuffled = new ArrayList<>(sheets);
        Collections.shuffle(shuffled, SHUFFLE);
        for (PaperFile.Sheet sheet : shuffled) {
            sheet.answers().forEach((questionnaire, answers) -> store(campaign, sheet.team(), questionnaire, answers));
        }
        audit.record(by, "campaign.paper-imported", "campaign-" + campaignId, sheets.size() + " paper questionnaires");
        return new PaperImport(sheets.size(), perTeam);
    }

    private void store(Campaign campaign, Team team, Questionnaire questionnaire, Map<String, Integer> answers) {
        Assessment assessment = Assessment.onPaper(questionnaire, campaign, team);
        assessment.answerPage(questionnaire, answers, 1);
        assessment.submit(AssessmentService.score(questionnaire, assessment.getAnswers()), ScoringVersion.CURRENT, clock.instant());
        entityManager.persist(assessment);
    }

    /**
     * Refuses the file at the first line that takes a team beyond its size (its head count,
     * else its members), counting what it already has: submitted online answers and paper
     * imported before. Adds the file's lines to each team's paper tally.
     */
    private Map<String, Integer> checkCaps(Campaign campaign, List<PaperFile.Sheet> sheets) {
        Map<Team, Integer> taken = new LinkedHashMap<>();
        Map<Team, PaperTally> tallies = new LinkedHashMap<>();
        Map<String, Integer> perTeam = new LinkedHashMap<>();
        for (PaperFile.Sheet sheet : sheets) {
            Team team = sheet.team();
            PaperTally tally = tallies.computeIfAbsent(team, t -> tally(campaign, t));
            int now = taken.computeIfAbsent(team, t -> completedOnline(campaign, t) + tally.getResponses()) + 1;
            int size = size(team);
            if (now > size) {
                throw new Refusal("hr.paper.tooMany", String.valueOf(sheet.line()), "1", team.getName(), String.valueOf(size))
                        .on(PaperFile.FIELD);
            }
            taken.put(team, now);
            perTeam.merge(team.getName(), 1, Integer::sum);
        }
        tallies.forEach((team, tally) -> tally.add(perTeam.get(team.getName())));
        return perTeam;
    }

    /** The team's paper tally in this wave, locked (and its shared link's row with it), made when there is none. */
    private PaperTally tally(Campaign campaign, Team team) {
        entityManager.createQuery("SELECT i FROM Invitation i WHERE i.campaign = :campaign AND i.team = :team"
                        + " AND i.shared = TRUE", org.concord.campaign.Invitation.class)
                .setParameter("campaign", campaign).setParameter("team", team)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return entityManager.createNamedQuery("PaperTally.find", PaperTally.class)
                .setParameter("campaign", campaign).setParameter("team", team)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    PaperTally made = new PaperTally(campaign, team);
                    entityManager.persist(made);
                    return made;
                });
    }

    private int completedOnline(Campaign campaign, Team team) {
        return entityManager.createQuery("SELECT COUNT(i) FROM Invitation i WHERE i.campaign = :campaign AND i.team = :team"
                        + " AND i.shared = FALSE AND i.progress = :submitted", Long.class)
                .setParameter("campaign", campaign).setParameter("team", team)
                .setParameter("submitted", Progress.SUBMITTED)
                .getSingleResult().intValue();
    }

    private int size(Team team) {
        if (team.getHeadcount() != null) {
            return team.getHeadcount();
        }
        return entityManager.createQuery("SELECT COUNT(m) FROM TeamMember m WHERE m.team = :team", Long.class)
                .setParameter("team", team).getSingleResult().intValue();
    }
}
