package org.concord.privacy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Searches every text column of every table of Concord's schema for pieces of text (a
 * person's name, their e-mail address), whatever the table, so that an erasure test proves
 * that nothing named them was left anywhere, including in tables added after the test was
 * written. Returns where each piece was found, as {@code table.column}.
 */
final class PersonalDataScan {

    private static final Set<Integer> TEXT = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR, Types.NCLOB);

    private PersonalDataScan() {
    }

    static List<String> whereFound(DataSource dataSource, String... pieces) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> found = new ArrayList<>();
            for (Map.Entry<String, List<String>> table : textColumns(connection).entrySet()) {
                for (String column : table.getValue()) {
                    for (String piece : pieces) {
                        if (contains(connection, table.getKey(), column, piece)) {
                            found.add(table.getKey() + "." + column + " holds '" + piece + "'");
                        }
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many text columns the scan reads, to show that it read some. */
    static int columnCount(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return textColumns(connection).values().stream().mapToInt(List::size).sum();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> textColumns(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                columns.put(tables.getString("TABLE_NAME"), new ArrayList<>());
            }
        }
        try (ResultSet found = meta.getColumns(null, schema, "%", "%")) {
            while (found.next()) {
                List<String> of = columns.get(found.getString("TABLE_NAME"));
                if (of != null && TEXT.contains(found.getInt("DATA_TYPE"))) {
                    of.add(found.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }

    private static boolean contains(Connection connection, String table, String column, String piece) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString();
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + quote + table + quote
                + " WHERE LOWER(" + quote + column + quote + ") LIKE ?")) {
            select.setString(1, "%" + piece.toLowerCase(Locale.ROOT) + "%");
            try (ResultSet count = select.executeQuery()) {
                count.next();
                return count.getLong(1) > 0;
            }
        }
    }
}
