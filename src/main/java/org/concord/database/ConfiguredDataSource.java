package org.concord.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The connections behind Concord's pool: H2 or PostgreSQL, chosen by the configured JDBC URL
 * ({@code concord.db.url}, {@code concord.db.user}, {@code concord.db.password}). The server's
 * pool (see {@link ConcordDatabase}) wraps it; it opens plain connections through the driver
 * that accepts the URL, so one WAR serves both databases without redeploying. Every commit is
 * durable: H2 gets {@code WRITE_DELAY=0} ({@link DurableUrl}), PostgreSQL connections
 * {@code synchronous_commit = on}, so a save Concord confirmed survives a crash just after.
 */
public class ConfiguredDataSource implements DataSource {

    /** The embedded H2 file database in the user's home, used when {@code concord.db.url} is not set. */
    public static final String DEFAULT_URL = "jdbc:h2:~/.concord/concord;AUTO_SERVER=TRUE";
    private static final List<Driver> DRIVERS = List.of(new org.h2.Driver(), new org.postgresql.Driver());

    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(config().getOptionalValue("concord.db.user", String.class).orElse(""),
                config().getOptionalValue("concord.db.password", String.class).orElse(""));
    }

    /** The configured database ({@code concord.db.url}, {@code CONCORD_DB_URL}), else {@link #DEFAULT_URL}. */
    public static String url() {
        return config().getOptionalValue("concord.db.url", String.class).orElse(DEFAULT_URL);
    }

    /** Read when the pool connects, on whatever thread that is: Concord's configuration, by its class loader. */
    private static Config config() {
        return ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        String url = DurableUrl.of(url());
        Properties properties = new Properties();
        properties.setProperty("user", user == null ? "" : user);
        properties.setProperty("password", password == null ? "" : password);
        for (Driver driver : DRIVERS) {
            if (driver.acceptsURL(url)) {
                return durable(driver.connect(url, properties));
            }
        }
        throw new SQLException("No database driver for " + url + ": Concord runs on H2 (jdbc:h2:...) "
                + "or PostgreSQL (jdbc:postgresql://...)");
    }

    /** A PostgreSQL connection waits for each commit to reach the disk, whatever the server's default. */
    private static Connection durable(Connection connection) throws SQLException {
        if (connection != null && connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET synchronous_commit TO on");
            }
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections log through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
