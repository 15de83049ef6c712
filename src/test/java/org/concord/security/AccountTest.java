package org.concord.security;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final String HASH = PlatformPasswords.hash("a password");

    @Test
    void refusesAPasswordInPlaceOfAHash() {
        assertThrows(IllegalArgumentException.class,
                () -> new Account("anna", "Anna", "plain-password", EnumSet.of(Role.HR), Instant.now()));
    }

    @Test
    void refusesAnAccountWithoutRole() {
        assertThrows(IllegalArgumentException.class,
                () -> new Account("anna", "Anna", HASH, Set.of(), Instant.now()));
    }

    @Test
    void refusesAUserNameWithSpacesOrMarkup() {
        assertThrows(IllegalArgumentException.class,
                () -> new Account("<b>anna</b>", "Anna", HASH, EnumSet.of(Role.HR), Instant.now()));
        assertThrows(IllegalArgumentException.class,
                () -> new Account("anna smith", "Anna", HASH, EnumSet.of(Role.HR), Instant.now()));
    }
}
