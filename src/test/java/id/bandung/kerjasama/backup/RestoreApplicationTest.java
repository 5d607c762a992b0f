package id.bandung.kerjasama.backup;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.Application;
import id.bandung.kerjasama.dashboard.DashboardFigures;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.SignIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The documented restore command ({@code ./mvnw -Prestore -Drestore.archive=...}, {@link RestoreApplication}) against
 * a PostgreSQL named by SPRING_DATASOURCE_URL, as for an external server: it restores into a new, empty database,
 * after which the app starts there with the same figures; a damaged archive exits with 3 and writes nothing.
 */
@CommittingTest
@ExtendWith(OutputCaptureExtension.class)
class RestoreApplicationTest {

    static EmbeddedPostgres server;

    @Autowired
    BackupService backups;

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
        jdbc("postgres").execute("create database restored");
        jdbc("postgres").execute("create database refused");
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Test
    void the_command_restores_into_an_empty_database_and_the_app_then_starts_there_with_the_same_figures(
            CapturedOutput output) throws IOException {
        Path archive = Archives.backUp(backups, folder);
        DashboardFigures figures = SignIn.as(Roles.VIEWER, () -> dashboard.figures(DashboardFilter.none()));

        int exitCode = RestoreApplication.run("--app.restore.archive=" + archive, url("restored"), user());

        assertThat(exitCode).isEqualTo(RestoreCommand.RESTORED);
        assertThat(output).contains("Restored " + archive);
        JdbcTemplate restored = jdbc("restored");
        for (String table : new String[] {"partner", "agreement", "software", "adoption", "user_account"}) {
            assertThat(restored.queryForObject("select count(*) from " + table, Long.class))
                    .as(table)
                    .isEqualTo(jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        try (ConfigurableApplicationContext app =
                new SpringApplication(Application.class).run("--server.port=-1", url("restored"), user())) {
            DashboardFigures there = SignIn.as(
                    Roles.VIEWER, () -> app.getBean(DashboardService.class).figures(DashboardFilter.none()));
            assertThat(there)
                    .usingRecursiveComparison()
                    .ignoringFields("computedAt")
                    .ignoringCollectionOrder() // the same figures; ties within a chart come in no fixed order
                    .isEqualTo(figures);
        }
    }

    @Test
    void a_damaged_archive_exits_with_3_and_the_database_stays_empty(CapturedOutput output) throws IOException {
        byte[] whole = Files.readAllBytes(Archives.backUp(backups, folder));
        Path damaged = folder.resolve("damaged.zip");
        Files.write(damaged, Arrays.copyOf(whole, whole.length - 100));

        int exitCode = RestoreApplication.run("--app.restore.archive=" + damaged, url("refused"), user());

        assertThat(exitCode).isEqualTo(RestoreCommand.REFUSED);
        assertThat(output).contains("Not restored, nothing was written").contains("not a complete ZIP archive");
        assertThat(jdbc("refused").queryForObject("select count(*) from partner", Long.class))
                .isZero();
        assertThat(jdbc("refused").queryForObject("select count(*) from user_account", Long.class))
                .as("no account was made either")
                .isZero();
    }

    private static String url(String database) {
        return "--spring.datasource.url=" + server.getJdbcUrl("postgres", database);
    }

    private static String user() {
        return "--spring.datasource.username=postgres";
    }

    private static JdbcTemplate jdbc(String database) {
        return new JdbcTemplate(new DriverManagerDataSource(server.getJdbcUrl("postgres", database), "postgres", ""));
    }
}
