package org.concord.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells whoever started Concord where to open it, once everything else has started: the
 * address given as {@code concord.url} (README's run command sets it), after the database has
 * been migrated and the first administrator created.
 */
@Singleton
@Startup
@DependsOn("DemoStartup")
public class Announcement {

    private static final Logger LOG = Logger.getLogger(Announcement.class.getName());

    @Inject
    @ConfigProperty(name = "concord.url")
    private Optional<String> url;

    @PostConstruct
    void announce() {
        url.ifPresent(address -> LOG.info(() -> "Concord is ready at " + address));
    }
}
