package org.concord.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.concord.kernel.Refusal;
import org.concord.campaign.Campaign;
import org.concord.campaign.Invitation;
import org.concord.campaign.LinkMode;
import org.concord.campaign.Team;
import org.concord.campaign.TeamMember;
import org.concord.database.Jpa;
import org.concord.database.TestDatabase;
import org.concord.candidate.Candidate;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.scoring.ScoringVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.kernel.Progress;
import org.concord.kernel.AccessToken;

class AssessmentServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    private static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));
    private static final Questionnaire MATURITY = CATALOG.latest("coordination-maturity").orElseThrow();
    private static final Questionnaire CLIMATE = CATALOG.latest("team-cooperation-climate").orElseThrow();
    private static final Questionnaire SELF_REPORT = CATALOG.latest("cooperativeness").orElseThrow();

    private static AssessmentService service(EntityManager em) {
        return new AssessmentService(em, CATALOG::find, CLOCK);
    }

    /** A campaign of two questionnaires for one team of one member, and that member's invitation. */
    private static long invitation(Jpa jpa) {
        return jpa.inTransaction(em -> {
            Team team = new Team("Logistics", "Operations", "manon", CLOCK.instant());
            TeamMember member = team.addMember("Ada", "ada@example.org");
            em.persist(team);
            Campaign campaign = new Campaign("Autumn review", "before team building", LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 12, 1), 3, LinkMode.PERSONAL, "hr", CLOCK.instant());
            campaign.addTeam(team);
            campaign.addInstrument(MATURITY.id(), MATURITY.version());
            campaign.addInstrument(CLIMATE.id(), CLIMATE.version());
            em.persist(campaign);
            Invitation invitation = Invitation.personal(campaign, member, AccessToken.hash(AccessToken.newToken()), CLOCK.instant());
            em.persist(invitation);
            em.flush();
            return invitation.getId();
        });
    }

    private static Map<String, Integer> allAnswered(Questionnaire questionnaire, int value) {
        Map<String, Integer> answers = new HashMap<>();
        for (Item item : questionnaire.items()) {
            answers.put(item.id(), value);
        }
        return answers;
    }

    private static long start(Jpa jpa, Questionnaire questionnaire, long invitationId) {
        return jpa.inTransaction(em -> {
            Assessment started = service(em).startInCampaign(questionnaire, em.find(Invitation.class, invitationId));
            em.flush();
            return started.getId();
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void answersSavedPageByPageAreThereAfterReopening(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long assessment = start(jpa, MATURITY, invitation(jpa));

            jpa.inTransaction(em -> service(em).savePage(assessment, Map.of("ma-1", 4, "ma-2", 2), 2));
            jpa.inTransaction(em -> service(em).savePage(assessment, Map.of("ds-1", 5), 3));

            Assessment read = jpa.inTransaction(em -> service(em).find(assessment).orElseThrow());
            assertEquals(Map.of("ma-1", 4, "ma-2", 2, "ds-1", 5), read.getAnswers());
            assertEquals(3, read.getCurrentPage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAnswerOutsideTheResponseFormatIsRefusedAndNothingOfThePageIsKept(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long assessment = start(jpa, MATURITY, invitation(jpa));

            assertEquals("respond.invalid", assertThrows(Refusal.class,
                    () -> jpa.inTransaction(em -> service(em).savePage(assessment, Map.of("ma-1", 4, "ma-2", 9), 2))).key());

            assertTrue(jpa.inTransaction(em -> service(em).find(assessment).orElseThrow()).getAnswers().isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void submittingStoresTheEnginesScoresOnceWithTheScoringVersion(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long assessment = start(jpa, MATURITY, invitation(jpa));
            Map<String, Integer> answers = allAnswered(MATURITY, 4);
            answers.remove("ma-1");
            jpa.inTransaction(em -> service(em).savePage(assessment, answers, 4));

            jpa.inTransaction(em -> service(em).submit(assessment));
            boolean again = jpa.inTransaction(em -> em.find(Assessment.class, assessment)
                    .submit(Map.of(), ScoringVersion.CURRENT, CLOCK.instant()));

            Assessment read = jpa.inTransaction(em -> {
                Assessment found = service(em).find(assessment).orElseThrow();
                found.getScores().size();
                return found;
            });
            assertFalse(again, "a second submission changes nothing");
            assertEquals(Progress.SUBMITTED, read.getProgress());
            assertEquals(ScoringVersion.CURRENT, read.getScoringVersion());
            assertEquals(AssessmentService.score(MATURITY, read.getAnswers()).keySet(), read.getScores().keySet());
            StoredScore mutualAdjustment = read.getScores().get("mutual-adjustment");
            assertEquals(3, mutualAdjustment.getAnswered());
            assertEquals(4, mutualAdjustment.getItems());
            assertEquals(AssessmentService.score(MATURITY, read.getAnswers()).get("mutual-adjustment").getScore(),
                    mutualAdjustment.getScore());
            assertNull(read.getSubmittedOn(), "a campaign keeps no day (nothing finer than the wave)");
            assertNull(read.getSubmittedAt(), "nor a time");
            assertNull(read.getStartedAt(), "nor when it was started");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void completingAnInvitationCutsTheAnswersFromIt(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long invitation = invitation(jpa);
            long first = start(jpa, MATURITY, invitation);
            jpa.inTransaction(em -> service(em).savePage(first, allAnswered(MATURITY, 3), 4));
            jpa.inTransaction(em -> service(em).submit(first));
            Long stillLinked = jpa.inTransaction(em -> em.find(Assessment.class, first).getInvitation().getId());
            assertEquals(invitation, stillLinked, "the first questionnaire stays linked while the second is still to come");

            long second = start(jpa, CLIMATE, invitation);
            jpa.inTransaction(em -> service(em).savePage(second, allAnswered(CLIMATE, 5), 2));
            jpa.inTransaction(em -> service(em).submit(second));

            assertEquals(Progress.SUBMITTED, jpa.inTransaction(em -> em.find(Invitation.class, invitation).getProgress()));
            assertNull(jpa.inTransaction(em -> em.find(Assessment.class, first).getInvitation()));
            assertNull(jpa.inTransaction(em -> em.find(Assessment.class, second).getInvitation()));
            long linked = jpa.inTransaction(em -> em.createQuery(
                    "SELECT COUNT(a) FROM Assessment a WHERE a.invitation IS NOT NULL", Long.class).getSingleResult());
            assertEquals(0, linked, "no submitted answer can be traced to an invitation");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSubmittedAssessmentRefusesNewAnswers(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            long assessment = start(jpa, MATURITY, invitation(jpa));
            jpa.inTransaction(em -> service(em).submit(assessment));

            assertThrows(IllegalStateException.class,
                    () -> jpa.inTransaction(em -> service(em).savePage(assessment, Map.of("ma-1", 1), 2)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCandidatesSelfReportIsFoundByItsLinkAndKeepsItsTimeOfSubmission(TestDatabase database) {
        try (Jpa jpa = new Jpa(database.fresh())) {
            String token = AccessToken.newToken();
            long assessment = jpa.inTransaction(em -> {
                Candidate candidate = new Candidate("Bea Martin", "bea@example.org", "Team lead", "rita",
                        "I agree to ...", 180, CLOCK.instant());
                em.persist(candidate);
                Assessment selfReport = Assessment.selfReport(SELF_REPORT, candidate, AccessToken.hash(token), CLOCK.instant());
                em.persist(selfReport);
                em.flush();
                return selfReport.getId();
            });

            jpa.inTransaction(em -> service(em).savePage(
                    service(em).findByAccessToken(token).orElseThrow().getId(), allAnswered(SELF_REPORT, 4), 2));
            jpa.inTransaction(em -> service(em).submit(assessment));

            Assessment read = jpa.inTransaction(em -> service(em).findByAccessToken(token).orElseThrow());
            assertEquals(assessment, read.getId());
            assertEquals(CLOCK.instant(), read.getSubmittedAt());
            assertTrue(jpa.inTransaction(em -> service(em).findByAccessToken("not-a-token")).isEmpty());
        }
    }
}
