package org.concord.campaign;

import java.util.List;

/** What a mailing did: how many e-mails went out, to which addresses none could go, and how many links have no address. */
public record MailResult(int sent, List<String> failed, int withoutEmail) {

    public MailResult {
        failed = List.copyOf(failed);
    }
}
