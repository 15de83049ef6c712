package org.concord.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * At every start, once the schema is migrated and before any job can run, clears what report
 * jobs cut short by the last stop (a crash, a kill) left behind: {@link ReportJobs#recoverAfterCrash()}
 * marks them failed and removes their partial files.
 */
@Singleton
@Startup
@DependsOn("StartupMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UnfinishedJobs {

    @Inject
    private ReportJobs jobs;

    @PostConstruct
    void recover() {
        jobs.recoverAfterCrash();
    }
}
