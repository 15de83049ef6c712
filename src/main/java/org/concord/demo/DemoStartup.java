package org.concord.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.concord.config.Settings;

/**
 * Creates the demo at start-up when {@code concord.demo=true} (README's run command sets it)
 * and the database holds no team and no candidate. Off by default.
 */
@Singleton
@Startup
@DependsOn("FirstAdministrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStartup {

    private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());

    @Inject
    private DemoData demo;

    @PostConstruct
    void createWhenAskedAndEmpty() {
        if (Boolean.parseBoolean(Settings.get("concord.demo", "false")) && demo.databaseIsEmpty()) {
            demo.create();
            LOG.info("Concord filled the empty database with demo data (teams, two campaign waves, two candidates)");
        }
    }
}
