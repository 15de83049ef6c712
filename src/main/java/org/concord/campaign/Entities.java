package org.concord.campaign;

import java.util.function.Supplier;
import org.concord.kernel.Refusal;

/**
 * Turns an entity's own refusal of bad input (an {@link IllegalArgumentException} with an
 * English message, from {@code Texts} or a constructor check) into a {@link Refusal} that a
 * page can show in the reader's language, keeping the English detail as its argument.
 */
final class Entities {

    private Entities() {
    }

    static <T> T checked(Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException invalid) {
            throw new Refusal("hr.invalid", invalid.getMessage());
        }
    }
}
