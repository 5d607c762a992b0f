package id.bandung.kerjasama.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables the app owns, read from PostgreSQL's catalogue on the connection's schema: every table except Flyway's
 * history (the archive records the schema version instead, and a restore migrates to it) and the reference tables a
 * migration fills ({@link #REFERENCE_TABLES}), parents before children,
 * so that a restore can load them in this order with every foreign key checked.
 */
final class AppTables {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /**
     * Reference tables a migration fills and only a migration changes (the official list of regions, V015). A backup
     * leaves them out: the archive's schema version brings them, and a migrated target already holds them.
     */
    static final Set<String> REFERENCE_TABLES = Set.of("region");

    private AppTables() {}

    /** The app's tables, each after the tables its foreign keys point at (ties by name). */
    static List<String> inLoadOrder(Connection connection) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        for (String table : strings(connection, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> ?""")) {
            if (!REFERENCE_TABLES.contains(table)) {
                parents.put(table, new TreeSet<>());
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                select child.relname, parent.relname from pg_constraint k
                join pg_class child on child.oid = k.conrelid
                join pg_class parent on parent.oid = k.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where k.contype = 'f' and n.nspname = current_schema()""")) {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String child = rows.getString(1);
                    String parent = rows.getString(2);
                    if (!child.equals(parent) && parents.containsKey(child) && parents.containsKey(parent)) {
                        parents.get(child).add(parent);
                    }
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            parents.forEach((table, itsParents) -> {
                if (!ordered.contains(table) && ordered.containsAll(itsParents)) {
                    ordered.add(table);
                }
            });
            if (ordered.size() == before) {
                throw new IllegalStateException("The app's tables refer to each other in a cycle: " + parents);
            }
        }
        return new ArrayList<>(ordered);
    }

    /** The table's columns a backup writes and a restore loads: all but generated ones, in their order. */
    static List<String> columns(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select a.attname from pg_attribute a
                join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relname = ? and a.attnum > 0 and not a.attisdropped
                  and a.attgenerated = ''
                order by a.attnum""")) {
            statement.setString(1, table);
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
            return columns;
        }
    }

    /** The newest schema version Flyway applied successfully, e.g. "8". */
    static String schemaVersion(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select version from " + FLYWAY_HISTORY
                + " where success and version is not null order by installed_rank desc limit 1")) {
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("The database has no schema version (Flyway has not run)");
                }
                return rows.getString(1);
            }
        }
    }

    /** A name from the catalogue, quoted for SQL. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(AppTables::quote).toList());
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, FLYWAY_HISTORY);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
