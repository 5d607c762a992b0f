package id.bandung.kerjasama.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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
    void a_postmaster_pid_left_by_a_crash_whose_number_another_process_now_has_does_not_stop_the_next_start()
            throws Exception {
        EmbeddedDatabaseProperties properties =
                new EmbeddedDatabaseProperties(folder.resolve("pg").toString());
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties)) {
            execute(database, "create table note (text varchar(20)); insert into note values ('tetap ada')");
        }
        // As after a power loss: the file names a process that is alive but is not PostgreSQL (this JVM).
        Path pidFile = folder.resolve("pg").resolve("postmaster.pid");
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + folder.resolve("pg") + "\n");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties)) {
            execute(database, "insert into note values ('lagi')");
        }
    }

    @Test
    void a_server_that_died_is_started_again_on_the_same_port_with_its_data() throws Exception {
        EmbeddedDatabaseProperties properties =
                new EmbeddedDatabaseProperties(folder.resolve("pg").toString());
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties)) {
            execute(database, "create table note (text varchar(20)); insert into note values ('tetap ada')");
            int port = database.port();
            assertThat(database.restartIfStopped()).as("running: nothing to do").isFalse();
            long pid = Long.parseLong(Files.readAllLines(database.dataDir().resolve("postmaster.pid"))
                    .get(0)
                    .trim());
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
            server.destroyForcibly();
            server.onExit().join();

            assertThat(database.restartIfStopped()).isTrue();
            assertThat(database.port()).isEqualTo(port);
            execute(database, "insert into note values ('lagi')");
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
