package org.concord.report.team;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
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
import org.concord.campaign.Campaign;
import org.concord.campaign.Invitation;
import org.concord.campaign.LinkMode;
import org.concord.campaign.Team;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.security.AccessPolicy;
import org.concord.security.Caller;
import org.concord.security.Role;

/** Campaigns for the team report's tests: both team questionnaires, teams named as given, members answering at random. */
final class TeamCampaign {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));
    static final Questionnaire MATURITY = CATALOG.latest("coordination-maturity").orElseThrow();
    static final Questionnaire CLIMATE = CATALOG.latest("team-cooperation-climate").orElseThrow();

    private TeamCampaign() {
    }

    static AccessPolicy hr() {
        return new AccessPolicy(new Caller("hr.analyst", "HR", java.util.Set.of(Role.HR), false));
    }

    static AccessPolicy manager(String username) {
        return new AccessPolicy(new Caller(username, "Manager", java.util.Set.of(Role.MANAGER), false));
    }

    /** A one-wave campaign; team t is called names[t], has sizes[t] respondents and the manager managers[t]. */
    static long create(EntityManager em, List<String> names, int[] sizes, List<String> managers, long seed) {
        Random random = new Random(seed);
        Campaign campaign = new Campaign("Review", "before", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1),
                3, LinkMode.SHARED, "hr", CLOCK.instant());
        campaign.addInstrument(CLIMATE.id(), CLIMATE.version());
        campaign.addInstrument(MATURITY.id(), MATURITY.version());
        em.persist(campaign);
        for (int t = 0; t < sizes.length; t++) {
            Team team = new Team(names.get(t), null, managers.get(t), CLOCK.instant());
            team.setHeadcount(sizes[t] + 2);
            em.persist(team);
            campaign.addTeam(team);
            Invitation link = Invitation.sharedLink(campaign, team, AccessToken.hash(AccessToken.newToken()), CLOCK.instant());
            em.persist(link);
            for (int m = 0; m < sizes[t]; m++) {
                Invitation visit = Invitation.visitOf(link, AccessToken.hash(AccessToken.newToken()), CLOCK.instant());
                em.persist(visit);
                int lean = random.nextInt(3);
                for (Questionnaire q : List.of(CLIMATE, MATURITY)) {
                    Assessment assessment = Assessment.inCampaign(q, visit, CLOCK.instant());
                    Map<String, Integer> answers = new HashMap<>();
                    for (Item item : q.items()) {
                        if (random.nextInt(25) > 0) {
                            answers.put(item.id(), Math.min(5, 1 + lean + random.nextInt(3)));
                        }
                    }
                    assessment.answerPage(q, answers, 1);
                    assessment.submit(AssessmentService.score(q, answers), "1", CLOCK.instant());
                    em.persist(assessment);
                }
            }
        }
        em.flush();
        return campaign.getId();
    }
}
