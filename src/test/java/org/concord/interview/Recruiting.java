package org.concord.interview;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.database.Container;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.security.Account;
import org.concord.security.Caller;
import org.concord.security.PlatformPasswords;
import org.concord.security.Role;
import org.concord.candidate.CandidateService;
import org.concord.candidate.NewCandidate;

/** What the recruiter services' tests (and the candidate report's) share: the shipped questionnaires, a fixed clock, callers, and steps. */
public final class Recruiting {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    public static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));
    public static final Questionnaire SELF_REPORT = CATALOG.latest(Instruments.SELF_REPORT).orElseThrow();
    public static final Questionnaire INTERVIEW = CATALOG.latest(Instruments.INTERVIEW).orElseThrow();

    /** The stored hash of the test accounts' password, made once (hashing is slow on purpose). */
    public static final String PASSWORD_HASH = PlatformPasswords.hash("a test password");

    public static final Optional<Caller> RITA = recruiter("rita");
    public static final Optional<Caller> OMAR = recruiter("omar");
    public static final Optional<Caller> NOBODY = Optional.empty();

    private Recruiting() {
    }

    public static Optional<Caller> recruiter(String username) {
        return Optional.of(new Caller(username, username, EnumSet.of(Role.RECRUITER), false));
    }

    public static Optional<Caller> withRoles(String username, Role... roles) {
        return Optional.of(new Caller(username, username, EnumSet.copyOf(List.of(roles)), false));
    }

    public static NewCandidate candidate(String name, String position) {
        return new NewCandidate(name, name.toLowerCase().replace(' ', '.') + "@example.org", position, 90,
                "I agree that my answers are used to assess my application for " + position + " and kept for 90 days.", true);
    }

    public static long create(Container container, Optional<Caller> recruiter, NewCandidate candidate) {
        return container.get(CandidateService.class).create(recruiter, candidate).getId();
    }

    /** Every item of {@code questionnaire} answered {@code value}, but reverse-keyed ones answered 6 - value. */
    public static Map<String, Integer> consistent(Questionnaire questionnaire, int value) {
        Map<String, Integer> answers = new HashMap<>();
        for (Item item : questionnaire.items()) {
            answers.put(item.id(), item.reversed() ? 6 - value : value);
        }
        return answers;
    }

    /** A recruiter account named {@code username}, as an administrator would have made it (once). */
    public static void account(Container container, String username) {
        container.inTransaction(em -> {
            boolean exists = em.createNamedQuery("Account.findByUsername", Account.class).setParameter("username", username)
                    .getResultStream().findAny().isPresent();
            if (!exists) {
                em.persist(new Account(username, username, PASSWORD_HASH, EnumSet.of(Role.RECRUITER), CLOCK.instant()));
            }
            return null;
        });
    }

    /** {@code by} names {@code username} (given a recruiter account first) on the candidate's interview panel. */
    public static void panel(Container container, Optional<Caller> by, long candidate, String username) {
        account(container, username);
        container.get(CandidateService.class).addInterviewer(by, candidate, username);
    }

    /** Self-reports that vary item by item, so that alpha and the SD exist. */
    public static Map<String, Integer> varied(int seed) {
        Map<String, Integer> answers = consistent(SELF_REPORT, 1 + seed % 5);
        int i = 0;
        for (String item : List.copyOf(answers.keySet())) {
            if ((i++ + seed) % 3 == 0) {
                answers.put(item, 1 + (answers.get(item) + seed) % 5);
            }
        }
        return answers;
    }

    /** The candidate answers their self-report in kiosk mode and submits. */
    public static void selfReport(Container container, Optional<Caller> recruiter, long candidate, Map<String, Integer> answers) {
        container.get(SelfReportService.class).startKiosk(recruiter, candidate);
        container.get(SelfReportService.class).submit(recruiter, candidate, answers);
    }

    /** An interviewer rates every question and submits. */
    public static void interview(Container container, Optional<Caller> rater, long candidate, Map<String, Integer> ratings) {
        for (Map.Entry<String, Integer> rating : ratings.entrySet()) {
            container.get(InterviewService.class)
                    .rate(rater, candidate, rating.getKey(), rating.getValue(), null, 1);
        }
        container.get(InterviewService.class).submit(rater, candidate);
    }
}
