package org.concord.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At the first start on an empty database, creates the administrator account and prints its
 * generated password once, in the server log, after the account is committed (so a password
 * is never shown for an account that does not exist). Concord has no fixed default password.
 */
@Singleton
@Startup
@DependsOn("StartupMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private AccountService accounts;

    @PostConstruct
    void createWhenNoAccountExists() {
        accounts.createFirstAdministrator().ifPresent(password -> LOG.info(() -> String.join("\n",
                "",
                "==================================================================",
                " Concord created the administrator account on this new database.",
                "   user name: " + AccountService.FIRST_ADMINISTRATOR,
                "   password:  " + new String(password),
                " This password is shown once only. Sign in and change it.",
                "==================================================================")));
    }
}
