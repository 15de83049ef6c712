package org.concord.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * At every start, once the schema is migrated: marks failed the report jobs whose instance
 * stopped giving signs of life (this one before a crash or a kill, or another one), removes the
 * partial files no running job owns ({@link ReportJobs#recoverSilentJobs()}), then has this
 * instance look for queued jobs every few seconds.
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
        jobs.recoverSilentJobs();
        jobs.startLooking();
    }
}
