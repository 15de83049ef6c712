package org.concord.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.concord.database.Container;
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

    /** A campaign of two questionnaires for one team of one member, and that member's invitation. */
    private static long invitation(Container container) {
        return container.inTransaction(em -> {
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

    private static long start(Container container, Questionnaire questionnaire, long invitationId) {
        return container.inTransaction(em -> {
            Assessment started = container.get(AssessmentService.class).startInCampaign(questionnaire, em.find(Invitation.class, invitationId));
            em.flush();
            return started.getId();
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void answersSavedPageByPageAreThereAfterReopening(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long assessment = start(container, MATURITY, invitation(container));

            container.get(AssessmentService.class).savePage(assessment, Map.of("ma-1", 4, "ma-2", 2), 2);
            container.get(AssessmentService.class).savePage(assessment, Map.of("ds-1", 5), 3);

            Assessment read = container.get(AssessmentService.class).find(assessment).orElseThrow();
            assertEquals(Map.of("ma-1", 4, "ma-2", 2, "ds-1", 5), read.getAnswers());
            assertEquals(3, read.getCurrentPage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAnswerOutsideTheResponseFormatIsRefusedAndNothingOfThePageIsKept(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long assessment = start(container, MATURITY, invitation(container));

            assertEquals("respond.invalid", assertThrows(Refusal.class,
                    () -> container.get(AssessmentService.class).savePage(assessment, Map.of("ma-1", 4, "ma-2", 9), 2)).key());

            assertTrue(container.get(AssessmentService.class).find(assessment).orElseThrow().getAnswers().isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void submittingStoresTheEnginesScoresOnceWithTheScoringVersion(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long assessment = start(container, MATURITY, invitation(container));
            Map<String, Integer> answers = allAnswered(MATURITY, 4);
            answers.remove("ma-1");
            container.get(AssessmentService.class).savePage(assessment, answers, 4);

            container.get(AssessmentService.class).submit(assessment);
            boolean again = container.inTransaction(em -> em.find(Assessment.class, assessment)
                    .submit(Map.of(), ScoringVersion.CURRENT, CLOCK.instant()));

            Assessment read = container.inTransaction(em -> {
                Assessment found = container.get(AssessmentService.class).find(assessment).orElseThrow();
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
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long invitation = invitation(container);
            long first = start(container, MATURITY, invitation);
            container.get(AssessmentService.class).savePage(first, allAnswered(MATURITY, 3), 4);
            container.get(AssessmentService.class).submit(first);
            Long stillLinked = container.inTransaction(em -> em.find(Assessment.class, first).getInvitation().getId());
            assertEquals(invitation, stillLinked, "the first questionnaire stays linked while the second is still to come");

            long second = start(container, CLIMATE, invitation);
            container.get(AssessmentService.class).savePage(second, allAnswered(CLIMATE, 5), 2);
            container.get(AssessmentService.class).submit(second);

            assertEquals(Progress.SUBMITTED, container.inTransaction(em -> em.find(Invitation.class, invitation).getProgress()));
            assertNull(container.inTransaction(em -> em.find(Assessment.class, first).getInvitation()));
            assertNull(container.inTransaction(em -> em.find(Assessment.class, second).getInvitation()));
            long linked = container.inTransaction(em -> em.createQuery(
                    "SELECT COUNT(a) FROM Assessment a WHERE a.invitation IS NOT NULL", Long.class).getSingleResult());
            assertEquals(0, linked, "no submitted answer can be traced to an invitation");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSubmittedAssessmentRefusesNewAnswers(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long assessment = start(container, MATURITY, invitation(container));
            container.get(AssessmentService.class).submit(assessment);

            assertThrows(IllegalStateException.class,
                    () -> container.get(AssessmentService.class).savePage(assessment, Map.of("ma-1", 1), 2));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCandidatesSelfReportIsFoundByItsLinkAndKeepsItsTimeOfSubmission(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            String token = AccessToken.newToken();
            long assessment = container.inTransaction(em -> {
                Candidate candidate = new Candidate("Bea Martin", "bea@example.org", "Team lead", "rita",
                        "I agree to ...", 180, CLOCK.instant());
                em.persist(candidate);
                Assessment selfReport = Assessment.selfReport(SELF_REPORT, candidate, AccessToken.hash(token), CLOCK.instant());
                em.persist(selfReport);
                em.flush();
                return selfReport.getId();
            });

            container.get(AssessmentService.class).savePage(
                    container.get(AssessmentService.class).findByAccessToken(token).orElseThrow().getId(), allAnswered(SELF_REPORT, 4), 2);
            container.get(AssessmentService.class).submit(assessment);

            Assessment read = container.get(AssessmentService.class).findByAccessToken(token).orElseThrow();
            assertEquals(assessment, read.getId());
            assertEquals(CLOCK.instant(), read.getSubmittedAt());
            assertTrue(container.get(AssessmentService.class).findByAccessToken("not-a-token").isEmpty());
        }
    }
}
