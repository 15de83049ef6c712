package org.concord.campaign;

import java.time.LocalDate;
import org.concord.kernel.Progress;

/**
 * A member of a personal-link campaign who has not finished, for reminders: who, how far
 * (invited or started), and when their link was last e-mailed. It never carries answers.
 */
public record UnfinishedRow(long invitationId, String team, String name, String email, Progress progress,
                            LocalDate sentOn, LocalDate remindedOn) {
}
