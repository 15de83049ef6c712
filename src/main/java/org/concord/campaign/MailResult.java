package org.concord.campaign;

import java.io.Serializable;
import java.util.List;

/**
 * What a mailing did: how many e-mails went out, to which addresses none could go (their
 * links are unchanged), how many links have no address, and the result for each address.
 */
public record MailResult(int sent, List<String> failed, int withoutEmail, List<Delivery> deliveries) implements Serializable {

    public MailResult {
        failed = List.copyOf(failed);
        deliveries = List.copyOf(deliveries);
    }

    /** Without the per-address results (they are the sent and failed ones). */
    public MailResult(int sent, List<String> failed, int withoutEmail) {
        this(sent, failed, withoutEmail, List.of());
    }

    /** Equal when the counts and failed addresses are (the per-address detail aside). */
    @Override
    public boolean equals(Object other) {
        return other instanceof MailResult that && sent == that.sent && withoutEmail == that.withoutEmail
                && failed.equals(that.failed);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(sent, failed, withoutEmail);
    }
}
