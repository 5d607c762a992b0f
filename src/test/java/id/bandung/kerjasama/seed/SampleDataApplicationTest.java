package id.bandung.kerjasama.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * {@code ./mvnw -Psample-data} writes only into the embedded development database unless told otherwise, and never
 * makes a sign-in account. A second, throwaway PostgreSQL stands for a real server named by SPRING_DATASOURCE_URL.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleDataApplicationTest {

    static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
        JdbcTemplate admin = jdbc("postgres");
        admin.execute("create database refused");
        admin.execute("create database allowed");
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Test
    void a_database_named_by_spring_datasource_url_is_refused_with_exit_code_3_and_nothing_written(
            CapturedOutput output) {
        int exitCode = SampleDataApplication.run(
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", "refused"),
                "--spring.datasource.username=postgres",
                "--app.sample-data.action=generate");

        assertThat(exitCode).isEqualTo(SampleDataGuard.REFUSED);
        assertThat(output)
                .contains("Refused: sample data goes into the embedded development database only")
                .contains("Nothing was written")
                .contains("-Dsample-data.allow-external=true");
        assertThat(jdbc("refused")
                        .queryForObject(
                                "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                                        + "where n.nspname = 'public'",
                                Long.class))
                .as("no migration, no table, no row")
                .isZero();
    }

    @Test
    void
            with_the_explicit_flag_it_runs_there_but_makes_no_sign_in_account_even_when_dev_and_a_first_admin_are_asked_for() {
        int exitCode = SampleDataApplication.run(
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", "allowed"),
                "--spring.datasource.username=postgres",
                "--app.sample-data.action=remove",
                "--app.sample-data.allow-external=true",
                "--spring.profiles.active=dev",
                "--app.security.admin-username=root",
                "--app.security.admin-password=a-long-enough-secret");

        assertThat(exitCode).isEqualTo(SampleDataCommand.DONE);
        JdbcTemplate allowed = jdbc("allowed");
        assertThat(allowed.queryForObject("select count(*) from partner", Long.class))
                .as("the app did start on that database, and loaded the briefing's partners")
                .isEqualTo(20);
        assertThat(allowed.queryForObject("select count(*) from user_account", Long.class))
                .isZero();
    }

    @Test
    void an_unknown_action_ends_with_exit_code_2_on_the_embedded_development_database(CapturedOutput output) {
        int exitCode = SampleDataApplication.run("--spring.profiles.active=test", "--app.sample-data.action=delete");

        assertThat(exitCode).as("no flag needed for the embedded database").isEqualTo(SampleDataCommand.UNKNOWN_ACTION);
        assertThat(output).contains("app.sample-data.action must be 'generate' or 'remove', not 'delete'");
    }

    @Test
    void the_guard_allows_the_embedded_database_and_an_external_one_only_with_the_flag() {
        assertThatCode(() -> SampleDataGuard.decide(new MockEnvironment())).doesNotThrowAnyException();
        assertThatCode(() -> SampleDataGuard.decide(new MockEnvironment()
                        .withProperty("spring.datasource.url", "jdbc:postgresql://db/kerjasama")
                        .withProperty(SampleDataGuard.ALLOW_EXTERNAL, "true")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SampleDataGuard.decide(new MockEnvironment()
                        .withProperty("spring.datasource.url", "jdbc:postgresql://db/kerjasama?password=secret")
                        .withProperty(SampleDataGuard.ALLOW_EXTERNAL, "false")))
                .isInstanceOf(SampleDataGuard.RefusedException.class)
                .hasMessageContaining("jdbc:postgresql://db/kerjasama")
                .hasMessageNotContaining("secret")
                .satisfies(e -> assertThat(((SampleDataGuard.RefusedException) e).getExitCode())
                        .isEqualTo(3));
    }

    private static JdbcTemplate jdbc(String database) {
        return new JdbcTemplate(new DriverManagerDataSource(server.getJdbcUrl("postgres", database)));
    }
}
