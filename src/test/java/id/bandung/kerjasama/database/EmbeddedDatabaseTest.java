package id.bandung.kerjasama.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The default database keeps its data across restarts and cannot be opened twice. */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void data_survives_a_restart_on_the_same_folder() throws Exception {
        EmbeddedDatabaseProperties properties =
                new EmbeddedDatabaseProperties(folder.resolve("pg").toString());
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties)) {
            execute(database, "create table note (text varchar(20)); insert into note values ('tetap ada')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties);
                Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select text from note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("tetap ada");
        }
    }

    @Test
    void a_second_app_on_the_same_folder_stops_with_a_clear_message() throws Exception {
        EmbeddedDatabaseProperties properties =
                new EmbeddedDatabaseProperties(folder.resolve("pg").toString());
        try (EmbeddedDatabase first = EmbeddedDatabase.start(properties)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(properties))
                    .isInstanceOf(EmbeddedDatabase.DataFolderInUseException.class)
                    .hasMessageContaining("is in use by another running Kerja Sama Bandung");

            FailureAnalysis analysis = new DatabaseFailureAnalyzer()
                    .analyze(new EmbeddedDatabase.DataFolderInUseException(folder.resolve("pg")));
            assertThat(analysis.getAction()).contains("APP_DATA_DIR", "SPRING_DATASOURCE_URL");

            execute(first, "select 1"); // the first keeps working
        }
    }

    @Test
    void without_a_folder_the_database_is_throwaway() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(""))) {
            execute(database, "create table scratch (id int)");
            assertThat(database.port()).isPositive();
        }
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
