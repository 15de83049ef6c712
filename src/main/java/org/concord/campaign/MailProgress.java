package org.concord.campaign;

/** Told how a mailing goes: how many messages it will send, then how many are done (sent or refused). */
public interface MailProgress {

    /** Nothing to tell. */
    MailProgress NONE = new MailProgress() {
    };

    default void total(int messages) {
    }

    default void done(int messages) {
    }
}
