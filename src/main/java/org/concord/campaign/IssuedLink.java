package org.concord.campaign;

import java.io.Serializable;

/**
 * A link just created or renewed, with its token in the URL: the only moment Concord holds
 * the token, since it stores only its hash. {@code member} and {@code email} are null for a
 * team's shared link.
 */
public record IssuedLink(long invitationId, String team, String member, String email, String url)
        implements Serializable {
}
