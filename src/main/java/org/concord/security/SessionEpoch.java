package org.concord.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Ties a browser session's sign-in to the password it was made with: the account's session
 * epoch ({@link Account#getSessionEpoch()}) is kept in the session at sign-in and compared with
 * the account's at each request by {@link AccessFilter}. A password change or reset raises the
 * account's epoch in the database, so every other session of that account, on any server, ends
 * at its next click; the session that changed the password takes the new epoch and goes on.
 */
public final class SessionEpoch {

    static final String ATTRIBUTE = "concord.sessionEpoch";

    private SessionEpoch() {
    }

    /** Records in the session that its sign-in holds at {@code epoch}. */
    public static void keep(HttpServletRequest request, int epoch) {
        request.getSession().setAttribute(ATTRIBUTE, epoch);
    }

    /** Whether the session's sign-in was made under another epoch than {@code caller}'s account has now. */
    static boolean outdated(HttpServletRequest request, Caller caller) {
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(ATTRIBUTE);
        return !(kept instanceof Integer epoch) || epoch != caller.sessionEpoch();
    }
}
