package org.concord.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concord.scoring.SmallSamples;

/**
 * Where Concord reads its settings: MicroProfile Config when the server offers it (system
 * properties, environment variables such as {@code CONCORD_DB_URL}, and
 * {@code META-INF/microprofile-config.properties}), else system properties and the
 * environment directly. One place, so every setting has one name and one default.
 */
public final class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    /** The too-low norm minimum last warned about, so that each page view does not warn again. */
    private static final AtomicInteger WARNED_NORMS_MINIMUM = new AtomicInteger(Integer.MIN_VALUE);

    /** The embedded H2 file database in the user's home, used when no URL is configured. */
    public static final String DEFAULT_DB_URL = "jdbc:h2:~/.concord/concord;AUTO_SERVER=TRUE";

    private Settings() {
    }

    /** The value of {@code name} (for example {@code concord.db.url}), if set and not blank. */
    public static Optional<String> get(String name) {
        Optional<String> value = fromMicroProfile(name);
        if (value.isEmpty()) {
            value = Optional.ofNullable(System.getProperty(name))
                    .or(() -> Optional.ofNullable(System.getenv(environmentName(name))));
        }
        return value.map(String::trim).filter(s -> !s.isEmpty());
    }

    public static String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public static String databaseUrl() {
        return get("concord.db.url", DEFAULT_DB_URL);
    }

    /** The folder of questionnaire files; empty means the copy packaged in the application. */
    public static Optional<Path> questionnaireFolder() {
        return get("concord.questionnaires").map(Path::of);
    }

    /** The folder generated workbooks are archived in. */
    public static Path reportFolder() {
        return Path.of(get("concord.reports", "reports"));
    }

    /** How many days generated report files are kept ({@code concord.reports.retentionDays}, default 30). */
    public static int reportRetentionDays() {
        String days = get("concord.reports.retentionDays", "30");
        try {
            int value = Integer.parseInt(days);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            LOG.log(Level.FINEST, "not a number", notANumber);
        }
        LOG.warning(() -> "concord.reports.retentionDays must be a whole number of days, at least 1, not '" + days
                + "': keeping reports 30 days");
        return 30;
    }

    /**
     * How many days a new candidate's data is kept ({@code concord.retention.days}, default 180):
     * the default offered when a candidate is brought in; each candidate's own period is fixed
     * with their consent.
     */
    public static int candidateRetentionDays() {
        String days = get("concord.retention.days", "180");
        try {
            int value = Integer.parseInt(days);
            if (value >= 1 && value <= 3650) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            LOG.log(Level.FINEST, "not a number", notANumber);
        }
        LOG.warning(() -> "concord.retention.days must be a whole number of days from 1 to 3650, not '" + days
                + "': keeping candidates' data 180 days");
        return 180;
    }

    /**
     * The fewest scores a norm group needs before percentiles, z and T are shown against it
     * ({@code concord.norms.minimum}, default 30). A value below 20 is raised to 20 with a
     * warning: percentiles from fewer people mislead.
     */
    public static int normsMinimum() {
        String value = get("concord.norms.minimum", String.valueOf(SmallSamples.NORM_DEFAULT));
        int configured;
        try {
            configured = Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            LOG.warning(() -> "concord.norms.minimum must be a whole number, not '" + value + "': using "
                    + SmallSamples.NORM_DEFAULT);
            return SmallSamples.NORM_DEFAULT;
        }
        int minimum = SmallSamples.normMinimum(configured);
        if (minimum != configured && WARNED_NORMS_MINIMUM.getAndSet(configured) != configured) {
            LOG.warning(() -> "concord.norms.minimum is " + configured + ", below the floor of " + SmallSamples.NORM_FLOOR
                    + ": percentiles need a norm group of at least " + minimum);
        }
        return minimum;
    }

    /** {@code concord.db.url} is read from the environment as {@code CONCORD_DB_URL}. */
    static String environmentName(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    private static Optional<String> fromMicroProfile(String name) {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(name, String.class);
        } catch (LinkageError | RuntimeException notInAServer) {
            LOG.log(Level.FINEST, "MicroProfile Config not available", notInAServer);
            return Optional.empty();
        }
    }
}
