package org.concord.web.respondent;

import java.time.Duration;

/**
 * Slows down people guessing respondent links, by the address they come from, without ever
 * refusing a link that works: an address that has opened too many links leading nowhere is
 * answered more slowly, and its misses get 429 instead of 404, while a valid link from it
 * still opens (a colleague's typo behind an office's shared address must not stop everyone's
 * questionnaire). Behind this interface so the counts can later live where every server sees them.
 */
public interface LinkGuesses {

    /** Whether {@code address} has used up its misses for now (its misses are answered 429). */
    boolean blocked(String address);

    /** How long to hold a request from {@code address} before looking its link up; zero when not slowed. */
    Duration slowdown(String address);

    /** Counts a link from {@code address} that led nowhere. */
    void missed(String address);
}
