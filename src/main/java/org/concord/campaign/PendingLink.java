package org.concord.campaign;

/**
 * A link about to be e-mailed: the link as the message shows it, and, when the member's stored
 * link is to be replaced by it, the hash of its new token. The replacement is made only once the
 * mail server has accepted the message ({@link InvitationService#delivered}); until then the
 * member's old link keeps working. A null hash means the link is stored already (just made).
 */
public record PendingLink(IssuedLink link, String newTokenHash) {
}
