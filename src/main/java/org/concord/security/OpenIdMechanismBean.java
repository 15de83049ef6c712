package org.concord.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBean;

/**
 * Notes, as the server discovers its beans, the server's own OpenID Connect mechanism (made
 * from {@link ConcordAuthentication}'s definition), which {@link ConcordAuthentication} hands
 * the single sign-on path to. It cannot be looked up by its type: {@link ConcordAuthentication}
 * is the chosen alternative for that type, so CDI offers no other.
 */
public class OpenIdMechanismBean implements Extension {

    private static volatile Bean<?> found;

    void noteOpenIdMechanism(@Observes ProcessBean<?> event) {
        if (event.getBean().getBeanClass().getName().equals("org.glassfish.soteria.mechanisms.OpenIdAuthenticationMechanism")) {
            found = event.getBean();
        }
    }

    /** The server's OpenID mechanism's bean; null when the server has none. */
    static Bean<?> get() {
        return found;
    }
}
