package org.concord.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.concord.security.AccountService;
import org.concord.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the demo at start-up when {@code concord.demo=true} (README's run command sets it)
 * and the database holds no team and no candidate: the demo's data, and an account for each
 * person it belongs to (HR, two recruiters, two managers), whose one-time passwords are
 * printed once, like the administrator's. Off by default.
 */
@Singleton
@Startup
@DependsOn("FirstAdministrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStartup {

    private static final Logger LOG = Logger.getLogger(DemoStartup.class.getName());

    @Inject
    private DemoData demo;

    @Inject
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "concord.demo")
    private boolean wanted;

    /** The language the demo's data is written in: en (the default) or fr. */
    @Inject
    @ConfigProperty(name = "concord.demo.language", defaultValue = "en")
    private String language;

    @PostConstruct
    void createWhenAskedAndEmpty() {
        if (wanted && demo.databaseIsEmpty()) {
            demo.create(java.util.Locale.forLanguageTag(language));
            StringBuilder printed = new StringBuilder(String.join("\n", "",
                    "==================================================================",
                    " Concord filled the empty database with demo data: four teams in two",
                    " campaign waves, two candidates. Demo accounts (one-time passwords,",
                    " shown once, to be changed at the first sign-in):"));
            DEMO_ACCOUNTS.forEach((username, role) -> accounts.find(username).ifPresentOrElse(
                    existing -> printed.append("\n   ").append(username).append(": exists already"),
                    () -> printed.append(String.format("%n   %-17s %-9s password: %s", username, role,
                            new String(accounts.create("system", username, "Demo " + role.name().toLowerCase(java.util.Locale.ROOT),
                                    EnumSet.of(role)))))));
            printed.append("\n==================================================================");
            LOG.info(printed::toString);
        }
    }

    private static final Map<String, Role> DEMO_ACCOUNTS = demoAccounts();

    private static Map<String, Role> demoAccounts() {
        Map<String, Role> demoAccounts = new LinkedHashMap<>();
        demoAccounts.put(DemoData.HR, Role.HR);
        demoAccounts.put(DemoData.RECRUITER, Role.RECRUITER);
        demoAccounts.put(DemoData.INTERVIEWER, Role.RECRUITER);
        demoAccounts.put(DemoData.MANAGER, Role.MANAGER);
        demoAccounts.put(DemoData.SECOND_MANAGER, Role.MANAGER);
        return demoAccounts;
    }
}
