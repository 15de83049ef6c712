package org.concord.web.recruiter;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.concord.kernel.AccessToken;

/**
 * Kiosk mode of the recruiter's browser session: while it is on, the screen belongs to the
 * candidate answering their self-report, and {@link KioskFilter} turns every other address
 * back to the kiosk. Only the recruiter can end it, with the unlock code they chose when they
 * handed the screen over; the code is kept only salted and hashed, for this session.
 */
@Named
@SessionScoped
public class KioskSession implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MIN_CODE_LENGTH = 4;

    private Long candidateId;
    private String salt;
    private String codeHash;
    private boolean consented;
    private boolean reviewing;

    /** Hands the screen to the candidate {@code candidateId} until {@code code} is given back. */
    public void lock(long candidateId, String code) {
        if (code == null || code.strip().length() < MIN_CODE_LENGTH) {
            throw new IllegalArgumentException("an unlock code has at least " + MIN_CODE_LENGTH + " characters");
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        this.salt = HexFormat.of().formatHex(bytes);
        this.codeHash = AccessToken.hash(salt + code.strip());
        this.candidateId = candidateId;
        this.consented = false;
        this.reviewing = false;
    }

    /** Ends kiosk mode when {@code code} is the one it was locked with; says whether it did. */
    public boolean unlock(String code) {
        if (!isLocked() || code == null) {
            return false;
        }
        boolean same = MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                AccessToken.hash(salt + code.strip()).getBytes(StandardCharsets.US_ASCII));
        if (same) {
            candidateId = null;
            salt = null;
            codeHash = null;
            consented = false;
            reviewing = false;
        }
        return same;
    }

    public boolean isLocked() {
        return candidateId != null;
    }

    /** The candidate the screen is handed to; null when kiosk mode is off. */
    public Long getCandidateId() {
        return candidateId;
    }

    /** Whether the candidate has read what the questionnaire is for and agreed to answer, on this screen. */
    public boolean isConsented() {
        return consented;
    }

    void consent() {
        consented = true;
    }

    /** Whether the candidate is on the review step, before submitting. */
    public boolean isReviewing() {
        return reviewing;
    }

    void review(boolean on) {
        reviewing = on;
    }

    /** The kiosk's address inside the application. */
    public String kioskPath() {
        return KioskFilter.KIOSK_PAGE + "?candidate=" + candidateId;
    }
}
