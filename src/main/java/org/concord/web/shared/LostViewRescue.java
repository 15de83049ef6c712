package org.concord.web.shared;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A form posted after its view was lost (the session expired, the server restarted) that an
 * area of the site can still save: the respondent's answers page is one. The error paths
 * ({@link ExpiredViews}, {@link ErrorDispatch}) ask every rescue the application has, so the
 * shared layer never depends on the areas that plug into it.
 */
public interface LostViewRescue {

    /** Saves what was posted to {@code path} if it is this rescue's; returns where to send the person, or null. */
    String save(HttpServletRequest request, String path);

    /** Asks every rescue in turn; null when none of them took the request. */
    static String any(HttpServletRequest request, String path) {
        Instance<LostViewRescue> rescues = CDI.current().select(LostViewRescue.class);
        for (LostViewRescue rescue : rescues) {
            String next = rescue.save(request, path);
            if (next != null) {
                return next;
            }
        }
        return null;
    }
}
