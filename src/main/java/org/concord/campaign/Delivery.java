package org.concord.campaign;

import java.io.Serializable;

/** What became of one message of a mailing: to whom, and whether the mail server accepted it. */
public record Delivery(String member, String email, boolean accepted) implements Serializable {
}
