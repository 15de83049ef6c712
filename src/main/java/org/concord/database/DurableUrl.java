package org.concord.database;

import java.util.Locale;

/**
 * Makes the JDBC URL Concord connects with durable: a commit Concord confirms is on disk. H2
 * writes commits after a delay by default (half a second), so a crash just after a confirmed
 * save loses it; the URL gets {@code WRITE_DELAY=0} instead of any delay it named, so H2 writes
 * each commit before it returns. PostgreSQL URLs are left as they are: their connections are
 * set to {@code synchronous_commit = on} by {@link ConfiguredDataSource}.
 */
public final class DurableUrl {

    private DurableUrl() {
    }

    /** {@code url} with every H2 write delay replaced by {@code WRITE_DELAY=0}. */
    public static String of(String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return url;
        }
        StringBuilder durable = new StringBuilder();
        for (String part : url.split(";")) {
            if (!part.strip().toUpperCase(Locale.ROOT).startsWith("WRITE_DELAY")) {
                durable.append(durable.length() == 0 ? "" : ";").append(part);
            }
        }
        return durable.append(";WRITE_DELAY=0").toString();
    }
}
