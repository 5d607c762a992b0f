package id.bandung.kerjasama.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import id.bandung.kerjasama.Application;
import id.bandung.kerjasama.base.domain.DatabaseStatus;
import id.bandung.kerjasama.base.domain.DatabaseUnavailable;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.SystemActor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An external PostgreSQL (named by SPRING_DATASOURCE_URL) that restarts: the app notices it gone, refuses a save as
 * "unavailable" rather than failing strangely, and when the server is back it is available again and live updates
 * listen again, without restarting the app.
 */
class ExternalRestartTest {

    @TempDir
    Path folder;

    @Test
    void the_app_notices_an_external_server_gone_and_carries_on_when_it_is_back() throws Exception {
        Path data = folder.resolve("pg");
        EmbeddedPostgres server = start(data, 0);
        int port = server.getPort();
        try (ConfigurableApplicationContext app = new SpringApplication(Application.class)
                .run(
                        "--server.port=-1",
                        "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--app.security.admin-username=admin",
                        "--app.security.admin-password=a-long-enough-secret",
                        "--app.database.probe-interval=200ms",
                        "--app.backup.cron=-")) {
            DatabaseStatus status = app.getBean(DatabaseStatus.class);
            LiveUpdates live = app.getBean(LiveUpdates.class);
            PartnerService partners = app.getBean(PartnerService.class);
            await().atMost(Duration.ofSeconds(10)).until(live::isListening);
            assertThat(status.isAvailable()).isTrue();

            server.close(); // the server stops, as for a restart or an upgrade
            await().atMost(Duration.ofSeconds(10)).until(() -> !status.isAvailable());
            Throwable refused = catchThrowable(() -> SystemActor.call(
                    () -> partners.save(new Partner("Kota Saat Server Mati", PartnerKind.CITY, "JP"))));
            assertThat(DatabaseUnavailable.causedBy(refused))
                    .as(() -> "a database-unavailable failure: " + chain(refused))
                    .isTrue();

            server = start(data, port);
            await().atMost(Duration.ofSeconds(30)).until(() -> status.isAvailable() && live.isListening());
            Partner saved = SystemActor.call(
                    () -> partners.save(new Partner("Kota Setelah Server Kembali", PartnerKind.CITY, "JP")));
            assertThat(saved.getId()).isNotNull();
        } finally {
            server.close();
        }
    }

    private static String chain(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            chain.append("\n  ").append(cause.getClass().getName()).append(": ").append(cause.getMessage());
            if (cause instanceof java.sql.SQLException sql) {
                chain.append(" [SQLState ").append(sql.getSQLState()).append("]");
            }
        }
        return chain.toString();
    }

    private static EmbeddedPostgres start(Path data, int port) throws java.io.IOException {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }
}
