package id.bandung.kerjasama.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.bandung.kerjasama.Application;
import id.bandung.kerjasama.support.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code kill -9} in the middle of saves and uploads, with the PostgreSQL under it killed too (as a power loss
 * would): the next start on the same folder needs no repair, every save the app acknowledged is there exactly once,
 * and every stored document is whole.
 */
class CrashRecoveryTest {

    @TempDir
    Path folder;

    @Test
    void a_killed_app_starts_again_on_its_folder_with_every_acknowledged_save_and_no_half_document() throws Exception {
        Path dataDir = folder.resolve("pg");
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        Process app = ChildJvm.start(CrashWorker.class, "crash-worker.log", List.of(dataDir.toString()));
        Thread reader = new Thread(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("#")) {
                        acknowledged.add(line);
                    }
                }
            } catch (java.io.IOException ended) {
                // the process was killed
            }
        });
        reader.start();
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    assertThat(app.isAlive())
                            .as("the worker died on its own; see target/crash-worker.log")
                            .isTrue();
                    return count(acknowledged, CrashWorker.UPLOADED) >= 6;
                });

        long postgres = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        app.destroyForcibly(); // SIGKILL: no shutdown hook runs
        app.waitFor(30, TimeUnit.SECONDS);
        ProcessHandle.of(postgres).ifPresent(server -> {
            server.destroyForcibly();
            server.onExit().join();
        });
        reader.join(10_000);
        List<String> seen = List.copyOf(acknowledged);
        System.out.printf(
                "Killed after %d acknowledged saves and %d acknowledged uploads%n",
                count(seen, CrashWorker.SAVED), count(seen, CrashWorker.UPLOADED));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(dataDir.toString()))) {
            JdbcTemplate jdbc = new JdbcTemplate(
                    new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
            for (String line : seen) {
                if (line.startsWith(CrashWorker.SAVED)) {
                    String[] parts = line.substring(CrashWorker.SAVED.length()).split(" ", 2);
                    assertThat(jdbc.queryForObject(
                                    "select count(*) from partner where id = ? and name = ?",
                                    Long.class,
                                    Long.parseLong(parts[0]),
                                    parts[1]))
                            .as(line)
                            .isEqualTo(1);
                }
            }
            assertThat(jdbc.queryForList(
                            "select name from partner where name like 'Kota Uji Crash %' group by name "
                                    + "having count(*) > 1",
                            String.class))
                    .as("no save twice")
                    .isEmpty();
            // Every stored document is whole; each agreement holds its last acknowledged upload or a later one.
            Map<Long, Integer> lastUpload = new HashMap<>();
            Map<String, String> digests = new HashMap<>();
            for (String line : seen) {
                if (line.startsWith(CrashWorker.UPLOADED)) {
                    String[] parts =
                            line.substring(CrashWorker.UPLOADED.length()).split(" ");
                    lastUpload.merge(Long.parseLong(parts[0]), number(parts[1]), Math::max);
                    digests.put(parts[1], parts[2]);
                }
            }
            for (var upload : lastUpload.entrySet()) {
                Map<String, Object> document = jdbc.queryForMap(
                        "select file_name, size_bytes, content from agreement_document where agreement_id = ?",
                        upload.getKey());
                byte[] content = (byte[]) document.get("content");
                String file = (String) document.get("file_name");
                assertThat(content).hasSize(((Number) document.get("size_bytes")).intValue());
                assertThat(new String(content, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                assertThat(new String(content, content.length - 6, 6, StandardCharsets.US_ASCII))
                        .isEqualTo("%%EOF\n");
                assertThat(number(file)).isGreaterThanOrEqualTo(upload.getValue());
                if (digests.containsKey(file)) {
                    assertThat(sha256(content)).isEqualTo(digests.get(file));
                }
            }
        }

        // The whole app starts again on the folder: migrations validated, nothing to repair by hand.
        try (ConfigurableApplicationContext again = new SpringApplication(Application.class)
                .run(
                        "--server.port=-1",
                        "--app.database.embedded.data-dir=" + dataDir,
                        "--spring.profiles.active=dev",
                        "--app.backup.cron=-")) {
            assertThat(again.getBean(JdbcTemplate.class)
                            .queryForObject(
                                    "select count(*) from partner where name like 'Kota Uji Crash %'", Long.class))
                    .isGreaterThanOrEqualTo(count(seen, CrashWorker.SAVED));
        }
    }

    private static long count(List<String> lines, String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).count();
    }

    /** "naskah-12.pdf" gives 12. */
    private static int number(String file) {
        return Integer.parseInt(file.replaceAll("\\D", ""));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
