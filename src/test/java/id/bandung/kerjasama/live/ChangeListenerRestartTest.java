package id.bandung.kerjasama.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** The listener survives a real restart of PostgreSQL: it notices, connects again by itself and asks for a catch-up. */
class ChangeListenerRestartTest {

    @Test
    void after_the_database_restarts_the_listener_reconnects_asks_screens_to_catch_up_and_hears_changes_again(
            @TempDir Path dataDir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://localhost:" + port + "/postgres");
        dataSource.setUser("postgres");
        List<String> heard = new CopyOnWriteArrayList<>();
        AtomicInteger catchUps = new AtomicInteger();
        ChangeListener listener = new ChangeListener(dataSource, heard::add, catchUps::incrementAndGet);

        EmbeddedPostgres postgres = start(dataDir, port);
        try {
            listener.start();
            await().atMost(Duration.ofSeconds(10)).until(listener::isConnected);
            notify(dataSource, "partner");
            await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains("partner"));

            postgres.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> !listener.isConnected());
            assertThat(catchUps).hasValue(0);

            postgres = start(dataDir, port);
            await().atMost(Duration.ofSeconds(15)).until(listener::isConnected);
            assertThat(catchUps).hasValue(1);
            notify(dataSource, "agreement");
            await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains("agreement"));
        } finally {
            listener.stop();
            postgres.close();
        }
    }

    private static EmbeddedPostgres start(Path dataDir, int port) throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static void notify(PGSimpleDataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_notify('" + ChangeListener.CHANNEL + "', '" + table + "')");
        }
    }
}
