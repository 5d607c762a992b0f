package id.bandung.kerjasama.database;

import java.io.IOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A second throwaway embedded PostgreSQL, locked down as the app's own, with or without the app's schema: a target
 * for a restore that starts empty.
 */
public final class FreshDatabase implements AutoCloseable {

    private final EmbeddedDatabase database;
    private final DriverManagerDataSource dataSource;

    private FreshDatabase(EmbeddedDatabase database) {
        this.database = database;
        this.dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
    }

    /** A new server whose database has no schema yet. */
    public static FreshDatabase empty() {
        return new FreshDatabase(EmbeddedDatabase.start(new EmbeddedDatabaseProperties("")));
    }

    /** A new server whose database Flyway has brought to the app's schema, with no rows. */
    public static FreshDatabase migrated() {
        FreshDatabase fresh = empty();
        Flyway.configure()
                .dataSource(fresh.dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return fresh;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    public String username() {
        return database.username();
    }

    public String password() {
        return database.password();
    }

    @Override
    public void close() throws IOException {
        database.close();
    }
}
