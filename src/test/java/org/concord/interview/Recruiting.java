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
import org.concord.database.Jpa;
import org.concord.questionnaire.Catalog;
import org.concord.questionnaire.Item;
import org.concord.questionnaire.Questionnaire;
import org.concord.questionnaire.QuestionnaireLoader;
import org.concord.security.Caller;
import org.concord.security.Role;

/** What the recruiter services' tests share: the shipped questionnaires, a fixed clock, callers, and steps. */
final class Recruiting {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:30:00Z"), ZoneOffset.UTC);
    static final Catalog CATALOG = QuestionnaireLoader.loadFolder(Path.of("questionnaires"));
    static final Instruments INSTRUMENTS = new Instruments(CATALOG);
    static final Questionnaire SELF_REPORT = INSTRUMENTS.selfReport();
    static final Questionnaire INTERVIEW = INSTRUMENTS.interview();

    static final Optional<Caller> RITA = recruiter("rita");
    static final Optional<Caller> OMAR = recruiter("omar");
    static final Optional<Caller> NOBODY = Optional.empty();

    private Recruiting() {
    }

    static Optional<Caller> recruiter(String username) {
        return Optional.of(new Caller(username, username, EnumSet.of(Role.RECRUITER), false));
    }

    static Optional<Caller> withRoles(String username, Role... roles) {
        return Optional.of(new Caller(username, username, EnumSet.copyOf(List.of(roles)), false));
    }

    static NewCandidate candidate(String name, String position) {
        return new NewCandidate(name, name.toLowerCase().replace(' ', '.') + "@example.org", position, 90,
                "I agree that my answers are used to assess my application for " + position + " and kept for 90 days.", true);
    }

    static long create(Jpa jpa, Optional<Caller> recruiter, NewCandidate candidate) {
        return jpa.inTransaction(em -> new CandidateService(em, CLOCK).create(recruiter, candidate).getId());
    }

    /** Every item of {@code questionnaire} answered {@code value}, but reverse-keyed ones answered 6 - value. */
    static Map<String, Integer> consistent(Questionnaire questionnaire, int value) {
        Map<String, Integer> answers = new HashMap<>();
        for (Item item : questionnaire.items()) {
            answers.put(item.id(), item.reversed() ? 6 - value : value);
        }
        return answers;
    }

    /** The candidate answers their self-report in kiosk mode and submits. */
    static void selfReport(Jpa jpa, Optional<Caller> recruiter, long candidate, Map<String, Integer> answers) {
        jpa.inTransaction(em -> new SelfReportService(em, INSTRUMENTS, CLOCK).startKiosk(recruiter, candidate));
        jpa.inTransaction(em -> new SelfReportService(em, INSTRUMENTS, CLOCK).submit(recruiter, candidate, answers));
    }

    /** An interviewer rates every question and submits. */
    static void interview(Jpa jpa, Optional<Caller> rater, long candidate, Map<String, Integer> ratings) {
        for (Map.Entry<String, Integer> rating : ratings.entrySet()) {
            jpa.inTransaction(em -> new InterviewService(em, INSTRUMENTS, CLOCK)
                    .rate(rater, candidate, rating.getKey(), rating.getValue(), null, 1));
        }
        jpa.inTransaction(em -> new InterviewService(em, INSTRUMENTS, CLOCK).submit(rater, candidate));
    }
}
