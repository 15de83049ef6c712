package org.concord.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.concord.scoring.SmallSamples;
import org.eclipse.microprofile.config.Config;

/**
 * The whole-number settings Concord checks before using them, read once through MicroProfile
 * Config: how many days report files are kept ({@code concord.reports.retentionDays}, 1 or
 * more, default 30), how many days a new candidate's data is kept ({@code concord.retention.days},
 * 1 to 3650, default 180), and the fewest scores a norm group needs ({@code concord.norms.minimum},
 * default 30, raised to 20 because percentiles from fewer people mislead). A value that cannot
 * be used is replaced by its default, or the floor, with a warning.
 */
@ApplicationScoped
public class Limits {

    private static final Logger LOG = Logger.getLogger(Limits.class.getName());
    static final int REPORT_DAYS = 30;
    static final int CANDIDATE_DAYS = 180;

    private int reportRetentionDays;
    private int candidateRetentionDays;
    private int normsMinimum;

    protected Limits() {
        // for CDI's proxy
    }

    @Inject
    public Limits(Config config) {
        reportRetentionDays = reportRetentionDays(config.getValue("concord.reports.retentionDays", String.class));
        candidateRetentionDays = candidateRetentionDays(config.getValue("concord.retention.days", String.class));
        normsMinimum = normsMinimum(config.getValue("concord.norms.minimum", String.class));
    }

    public int reportRetentionDays() {
        return reportRetentionDays;
    }

    /** The default offered when a candidate is brought in; each candidate's own period is fixed with their consent. */
    public int candidateRetentionDays() {
        return candidateRetentionDays;
    }

    public int normsMinimum() {
        return normsMinimum;
    }

    static int reportRetentionDays(String days) {
        Integer value = whole(days);
        if (value != null && value >= 1) {
            return value;
        }
        LOG.warning(() -> "concord.reports.retentionDays must be a whole number of days, at least 1, not '" + days
                + "': keeping reports " + REPORT_DAYS + " days");
        return REPORT_DAYS;
    }

    static int candidateRetentionDays(String days) {
        Integer value = whole(days);
        if (value != null && value >= 1 && value <= 3650) {
            return value;
        }
        LOG.warning(() -> "concord.retention.days must be a whole number of days from 1 to 3650, not '" + days
                + "': keeping candidates' data " + CANDIDATE_DAYS + " days");
        return CANDIDATE_DAYS;
    }

    static int normsMinimum(String configured) {
        Integer value = whole(configured);
        if (value == null) {
            LOG.warning(() -> "concord.norms.minimum must be a whole number, not '" + configured + "': using "
                    + SmallSamples.NORM_DEFAULT);
            return SmallSamples.NORM_DEFAULT;
        }
        int minimum = SmallSamples.normMinimum(value);
        if (minimum != value) {
            LOG.warning(() -> "concord.norms.minimum is " + value + ", below the floor of " + SmallSamples.NORM_FLOOR
                    + ": percentiles need a norm group of at least " + minimum);
        }
        return minimum;
    }

    private static Integer whole(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
