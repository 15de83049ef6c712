package org.concord.candidate;

import static org.concord.interview.Recruiting.CLOCK;
import static org.concord.interview.Recruiting.NOBODY;
import static org.concord.interview.Recruiting.OMAR;
import static org.concord.interview.Recruiting.RITA;
import static org.concord.interview.Recruiting.candidate;
import static org.concord.interview.Recruiting.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.database.Container;
import org.concord.database.TestDatabase;
import org.concord.security.Account;
import org.concord.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.concord.candidate.Candidate;
import org.concord.kernel.PageRequest;
import org.concord.candidate.CandidateService;
import org.concord.candidate.NewCandidate;
import org.concord.kernel.Refusal;
import org.concord.interview.Recruiting;

class CandidateServiceTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCandidateKeepsTheConsentTextVerbatimWithItsTimeAndRetention(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            NewCandidate input = candidate("Bea Martin", "Team lead");
            long id = create(container, RITA, input);

            Candidate read = container.get(CandidateService.class).open(RITA, id);
            assertEquals("Bea Martin", read.getName());
            assertEquals("rita", read.getRecruiterUsername());
            assertEquals(input.consentText(), read.getConsentText());
            assertEquals(CLOCK.instant(), read.getConsentAt());
            assertEquals(90, read.getRetentionDays());
            assertEquals(LocalDate.of(2027, 2, 24), read.getDeleteAfter());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutConsentOrSignInOrTheRecruiterRoleNoCandidateIsCreated(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            NewCandidate refused = new NewCandidate("Bea", null, "Team lead", 180, "I agree", false);
            assertEquals("recruiter.error.noConsent",
                    assertThrows(Refusal.class, () -> create(container, RITA, refused)).key());
            assertEquals("recruiter.error.signIn",
                    assertThrows(Refusal.class, () -> create(container, NOBODY, candidate("Bea", "Lead"))).key());
            assertEquals("recruiter.error.notRecruiter", assertThrows(Refusal.class,
                    () -> create(container, Recruiting.withRoles("mia", Role.MANAGER), candidate("Bea", "Lead"))).key());
            Refusal tooLong = assertThrows(Refusal.class,
                    () -> create(container, RITA, candidate("B".repeat(201), "Lead")));
            assertEquals("text.tooLong", tooLong.key());
            assertEquals("name", tooLong.field());
            assertEquals(0L, (long) container.inTransaction(em ->
                    em.createQuery("SELECT COUNT(c) FROM Candidate c", Long.class).getSingleResult()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherRecruitersCandidateIsRefusedUntilTheyAreNamedOnThePanel(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long id = create(container, RITA, candidate("Bea Martin", "Team lead"));

            Refusal refused = assertThrows(Refusal.class,
                    () -> container.get(CandidateService.class).open(OMAR, id));
            assertEquals("recruiter.error.notYours", refused.key());
            assertThrows(Refusal.class, () -> container.get(CandidateService.class).addInterviewer(OMAR, id, "omar"));
            assertEquals("recruiter.error.notYours", assertThrows(Refusal.class,
                    () -> container.get(CandidateService.class).open(RITA, 999_999)).key());

            Recruiting.panel(container, RITA, id, "omar");

            assertEquals("Bea Martin", container.get(CandidateService.class).open(OMAR, id).getName());
            assertThrows(Refusal.class, () -> container.get(CandidateService.class).manage(OMAR, id),
                    "an interviewer of the panel does not manage the candidate");
            assertEquals("Bea Martin", container.get(CandidateService.class).open(Recruiting.withRoles("hana", Role.HR), id).getName());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOverLongInterviewerNameIsRefusedNamingTheFieldAndThePanelStaysAsItWas(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long id = create(container, RITA, candidate("Bea Martin", "Team lead"));
            Recruiting.panel(container, RITA, id, "omar");

            Refusal refused = assertThrows(Refusal.class,
                    () -> container.get(CandidateService.class).addInterviewer(RITA, id, "i".repeat(101)));

            assertEquals("text.tooLong", refused.key());
            assertEquals(List.of(new Refusal.Label("field.interviewer"), 100), List.of(refused.arguments()));
            assertEquals(Set.of("omar"), Set.copyOf(container.get(CandidateService.class).open(RITA, id).getInterviewers()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyAnEnabledRecruiterOrHrAccountJoinsThePanelAnyOtherNameIsRefusedAsUnknown(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            long id = create(container, RITA, candidate("Bea Martin", "Team lead"));
            container.inTransaction(em -> {
                em.persist(new Account("mona", "Mona", Recruiting.PASSWORD_HASH, EnumSet.of(Role.MANAGER), CLOCK.instant()));
                em.persist(new Account("hana", "Hana", Recruiting.PASSWORD_HASH, EnumSet.of(Role.HR), CLOCK.instant()));
                Account gone = new Account("olga", "Olga", Recruiting.PASSWORD_HASH, EnumSet.of(Role.RECRUITER), CLOCK.instant());
                gone.disable();
                em.persist(gone);
                return null;
            });

            for (String refusedName : List.of("omarr", "mona", "olga")) {
                Refusal refused = assertThrows(Refusal.class,
                        () -> container.get(CandidateService.class).addInterviewer(RITA, id, " " + refusedName + " "));
                assertEquals("recruiter.panel.unknown", refused.key(), refusedName);
                assertEquals(refusedName, refused.arguments()[0]);
            }
            container.get(CandidateService.class).addInterviewer(RITA, id, "hana");
            assertEquals(Set.of("hana"), Set.copyOf(container.get(CandidateService.class).open(RITA, id).getInterviewers()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theListPagesSortsAndFiltersTheCallersCandidatesInTheDatabase(TestDatabase database) {
        try (Container container = new Container(database.fresh(), CLOCK)) {
            for (int i = 1; i <= 12; i++) {
                create(container, RITA, candidate("Rita's candidate " + (char) ('a' + i), i % 2 == 0 ? "Team lead" : "Analyst"));
            }
            create(container, OMAR, candidate("Omar's candidate", "Team lead"));
            long shared = create(container, OMAR, candidate("Shared 100%_candidate", "Analyst"));
            Recruiting.panel(container, OMAR, shared, "rita");

            assertEquals(13L, (long) container.get(CandidateService.class).page(RITA, PageRequest.of(0, 5)).total());
            List<Candidate> second = container.get(CandidateService.class)
                    .page(RITA, new PageRequest(5, 5, "name", true, Map.of())).rows();
            assertEquals(5, second.size());
            assertEquals("Rita's candidate g", second.get(0).getName());
            PageRequest leads = new PageRequest(0, 20, "name", false, Map.of("name", "RITA", "position", "lead"));
            List<Candidate> filtered = container.get(CandidateService.class).page(RITA, leads).rows();
            assertEquals(6, filtered.size());
            assertEquals("Rita's candidate m", filtered.get(0).getName());
            assertEquals(6L, (long) container.get(CandidateService.class).page(RITA, leads).total());
            assertTrue(filtered.stream().allMatch(c -> c.getRecruiterUsername().equals("rita")));
            PageRequest literal = new PageRequest(0, 20, null, true, Map.of("name", "100%_"));
            assertEquals(List.of("Shared 100%_candidate"), container.get(CandidateService.class).page(RITA, literal).rows()
                    .stream().map(Candidate::getName).toList(), "% and _ in a filter are taken literally");
            assertEquals(2L, (long) container.get(CandidateService.class).page(OMAR, PageRequest.of(0, 5)).total());
        }
    }
}
