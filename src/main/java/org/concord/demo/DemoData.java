package org.concord.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concord.kernel.AccessToken;
import org.concord.assessment.Assessment;
import org.concord.assessment.AssessmentService;
import org.concord.catalog.QuestionnaireSource;
import org.concord.campaign.Campaign;
import org.concord.campaign.Invitation;
import org.concord.campaign.LinkMode;
import org.concord.campaign.Team;
import org.concord.candidate.Candidate;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.scoring.ScoringVersion;

/**
 * Fills an empty database with a realistic demo, every row marked as demo: four teams answering
 * coordination maturity and cooperation climate in two waves (before and after team building,
 * one team too small to be shown), and two candidates with a self-report and the ratings of two
 * interviewers; the sentences a person reads in it (interview notes, the candidates' consent)
 * are written in English and in French. README's quick start turns it on ({@code concord.demo=true}); a production
 * configuration never does.
 */
@ApplicationScoped
@Transactional
public class DemoData {

    /** The accounts the demo's data belongs to (created by the security set-up when it exists). */
    public static final String RECRUITER = "demo.recruiter";
    public static final String INTERVIEWER = "demo.interviewer";
    public static final String MANAGER = "demo.manager";
    public static final String HR = "demo.hr";
    public static final String SECOND_MANAGER = "demo.manager2";

    private static final String MATURITY = "coordination-maturity";
    private static final String CLIMATE = "team-cooperation-climate";

    @PersistenceContext(unitName = "concord")
    private EntityManager entityManager;

    @Inject
    private QuestionnaireSource questionnaires;

    @Inject
    private Clock clock;

    protected DemoData() {
        // for CDI
    }

    /** Whether the database holds no team and no candidate yet. */
    public boolean databaseIsEmpty() {
        return entityManager.createQuery("SELECT COUNT(t) FROM Team t", Long.class).getSingleResult() == 0
                && entityManager.createQuery("SELECT COUNT(c) FROM Candidate c", Long.class).getSingleResult() == 0;
    }

    /** Creates the demo; the same every time, but for the dates, which follow today. */
    public void create() {
        Random random = new Random(2026);
        SyntheticAnswers synthetic = new SyntheticAnswers(random);
        Questionnaire maturity = latest(MATURITY, 1);
        Questionnaire climate = latest(CLIMATE, 1);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Instant now = clock.instant();

        List<DemoTeam> teams = List.of(
                new DemoTeam("Customer Support", "Service", MANAGER, 9, 3.9, 2.7, 0.5),
                new DemoTeam("Logistics", "Operations", MANAGER, 7, 2.6, 3.8, 0.6),
                new DemoTeam("Product Engineering", "Technology", SECOND_MANAGER, 8, 3.6, 3.7, 0.1),
                new DemoTeam("Finance", "Administration", SECOND_MANAGER, 2, 3.2, 3.2, 0.0));
        Campaign before = new Campaign("Team climate 2026", "Before team building", today.minusDays(60),
                today.minusDays(40), 3, LinkMode.SHARED, HR, now);
        before.addInstrument(maturity.id(), maturity.version());
        before.addInstrument(climate.id(), climate.version());
        before.markDemo();
        Map<DemoTeam, Team> created = new HashMap<>();
        for (DemoTeam demo : teams) {
            Team team = new Team(demo.name(), demo.department(), demo.manager(), now);
            team.setHeadcount(demo.respondents() + 2);
            team.markDemo();
            entityManager.persist(team);
            before.addTeam(team);
            created.put(demo, team);
        }
        entityManager.persist(before);
        Campaign after = before.followUp("After team building", today.minusDays(10), today.plusDays(20), HR, now);
        after.markDemo();
        entityManager.persist(after);
        for (DemoTeam demo : teams) {
            answerWave(before, created.get(demo), demo, 0, synthetic, maturity, climate);
            answerWave(after, created.get(demo), demo, demo.teamBuildingGain(), synthetic, maturity, climate);
        }
        after.close(today, HR);
        candidates(synthetic, now);
    }

    private void answerWave(Campaign campaign, Team team, DemoTeam demo, double gain, SyntheticAnswers synthetic,
                            Questionnaire maturity, Questionnaire climate) {
        Invitation link = Invitation.sharedLink(campaign, team, AccessToken.hash(AccessToken.newToken()), clock.instant());
        entityManager.persist(link);
        for (int r = 0; r < demo.respondents(); r++) {
            Invitation visit = Invitation.visitOf(link, AccessToken.hash(AccessToken.newToken()), clock.instant());
            entityManager.persist(visit);
            submitted(Assessment.inCampaign(maturity, visit, clock.instant()), maturity,
                    synthetic.around(maturity, mechanismLevels(demo.coordination() + gain / 3), demo.coordination() + gain / 3));
            submitted(Assessment.inCampaign(climate, visit, clock.instant()), climate,
                    synthetic.around(climate, Map.of(), demo.cooperation() + gain));
            visit.submitted();
        }
    }

    /** Mechanisms around the team's coordination level, with standardisation of norms the weakest. */
    private static Map<String, Double> mechanismLevels(double level) {
        return Map.of("standardised-norms", level - 0.8, "direct-supervision", level + 0.3, "mutual-adjustment", level + 0.2);
    }

    private void candidates(SyntheticAnswers synthetic, Instant now) {
        Questionnaire selfReport = latest("cooperativeness", 1);
        Questionnaire interview = latest("cooperation-interview", 1);
        String consent = bilingual("I agree that my answers and the interviewers' ratings are used to assess my application "
                + "and kept for 180 days. (Demo data.)", "J'accepte que mes réponses et les notes des intervieweurs servent à évaluer "
                + "ma candidature et soient conservées 180 jours. (Données de démonstration.)");
        double[][] levels = {{4.1, 3.8}, {2.7, 2.4}};
        String[][] people = {{"Alex Demo", "Operations coordinator"}, {"Sam Example", "Support team lead"}};
        for (int c = 0; c < people.length; c++) {
            Candidate candidate = new Candidate(people[c][0], null, people[c][1], RECRUITER, consent,
                    Candidate.DEFAULT_RETENTION_DAYS, now);
            candidate.markDemo();
            candidate.addInterviewer(INTERVIEWER);
            entityManager.persist(candidate);
            submitted(Assessment.selfReport(selfReport, candidate, AccessToken.hash(AccessToken.newToken()), now),
                    selfReport, synthetic.around(selfReport, Map.of(), levels[c][0]));
            for (String rater : List.of(RECRUITER, INTERVIEWER)) {
                Assessment ratings = Assessment.interview(interview, candidate, rater, now);
                Item first = interview.items().get(0);
                ratings.note(first, bilingual("Gave a concrete example and said what it cost them. (Demo note by " + rater + ".)",
                        "A donné un exemple concret et dit ce que cela lui a coûté. (Note de démonstration de " + rater + ".)"));
                submitted(ratings, interview, synthetic.around(interview, Map.of(), levels[c][1]));
            }
        }
    }

    /**
     * A sentence of the demo in English and in French, both stored: notes and consent texts are
     * what people typed (shown as typed, in no one language), so the demo writes them as a
     * bilingual team would, and a French reader finds their language there too.
     */
    static String bilingual(String english, String french) {
        return english + " / " + french;
    }

    private void submitted(Assessment assessment, Questionnaire questionnaire, Map<String, Integer> answers) {
        assessment.markDemo();
        assessment.answerPage(questionnaire, answers, 1);
        assessment.submit(AssessmentService.score(questionnaire, answers), ScoringVersion.CURRENT, clock.instant());
        if (assessment.getCampaign() != null) {
            assessment.anonymise();
        }
        entityManager.persist(assessment);
    }

    private Questionnaire latest(String id, int version) {
        return questionnaires.find(id, version)
                .orElseThrow(() -> new IllegalStateException("the demo needs questionnaire " + id + ".v" + version));
    }

    /** One demo team: its size and where it stands on coordination and cooperation. */
    private record DemoTeam(String name, String department, String manager, int respondents,
                            double coordination, double cooperation, double teamBuildingGain) {
    }
}
