package id.bandung.kerjasama.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.ChildJvm;
import id.bandung.kerjasama.support.SecurityStrategyListener;
import id.bandung.kerjasama.support.SignIn;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The load run ({@code ./mvnw -Pproduction,load verify}, target/load.md): {@code load.viewers} (200) signed-in
 * dashboards held open with push and {@code load.staff} (20) members of staff saving an agreement each as fast as
 * the server answers, for {@code load.minutes} (5), all through Vaadin's own protocol from client JVMs of their own
 * ({@link PushClient}, {@link StaffClient}). It checks that no request failed, that every save acknowledged to a
 * client is in the audit log exactly once and the last one is the record's value, that every open dashboard kept
 * receiving pushed updates in every half minute, and that the server's live heap at the end is within 10 % of what
 * it was after the first minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"dev", "test"})
@TestExecutionListeners(
        listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class LoadRun {

    private static final long CHECK_SECONDS = 30;

    @Autowired
    PartnerService partners;

    @Autowired
    AgreementService agreements;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void load() throws Exception {
        int viewers = Integer.getInteger("load.viewers", 200);
        int staff = Integer.getInteger("load.staff", 20);
        long seconds = Long.getLong("load.minutes", 5) * 60;
        String base = "http://localhost:" + port + "/";
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < staff; i++) {
            String name = "Kota Muatan " + i + " " + System.nanoTime();
            Agreement saved = SignIn.as(Roles.STAFF, () -> {
                Partner partner = partners.save(new Partner(name, PartnerKind.CITY, "JP"));
                Agreement agreement = new Agreement(partner, Category.KSDPL, null, "Kerja sama muatan " + name);
                agreement.setDocumentKind(DocumentKind.PERJANJIAN_KERJA_SAMA);
                agreement.setFields(EnumSet.of(CooperationField.EKONOMI));
                return agreements.save(agreement);
            });
            ids.add(String.valueOf(saved.getId()));
        }

        List<String> lines = new CopyOnWriteArrayList<>();
        List<String> report = new ArrayList<>();
        try (RemoteDashboards screens = RemoteDashboards.start(base, "pimpinan", "bandung", "")) {
            long opening = System.nanoTime();
            assertThat(screens.open(viewers)).isEqualTo(viewers);
            report.add(String.format(
                    Locale.ROOT, "%d dashboards opened in %.1f s", viewers, (System.nanoTime() - opening) / 1e9));

            List<String> arguments = new ArrayList<>(List.of(base, String.valueOf(seconds)));
            arguments.addAll(ids);
            Process staffProcess = ChildJvm.start(StaffClientProcess.class, "staff-clients.log", arguments);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(staffProcess.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException ended) {
                    // the process ended
                }
            });
            reader.start();

            long started = System.currentTimeMillis();
            long[][] before = screens.counts();
            long heapAfterMinute = 0;
            int stalled = 0;
            for (long check = CHECK_SECONDS; check <= seconds; check += CHECK_SECONDS) {
                Thread.sleep(Math.max(0, started + check * 1000 - System.currentTimeMillis()));
                long[][] now = screens.counts();
                for (int i = 0; i < now.length; i++) {
                    if (now[i][0] <= before[i][0]) {
                        stalled++;
                    }
                }
                before = now;
                if (check == 60) {
                    heapAfterMinute = LiveHeap.bytes();
                }
            }
            assertThat(staffProcess.waitFor(120, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            long heapAtEnd = LiveHeap.bytes();
            long[][] counts = screens.counts();
            long viewerFailures =
                    Arrays.stream(counts).mapToLong(pair -> pair[1]).sum();
            long pushed = Arrays.stream(counts).mapToLong(pair -> pair[0]).sum();

            List<String> acks = lines.stream()
                    .filter(line -> line.startsWith(StaffClientProcess.ACK))
                    .toList();
            List<String> fails = lines.stream()
                    .filter(line -> line.startsWith(StaffClientProcess.FAIL))
                    .toList();
            // How often each number the staff wrote is in the audit log, all load agreements at once.
            Map<String, Long> written = new HashMap<>();
            jdbc.query(
                    "select a.record_id || ' ' || (c ->> 'newValue'), count(*) from audit_event a, "
                            + "jsonb_array_elements(a.changes) c where a.record_type = 'Agreement' "
                            + "and a.record_id = any(cast(? as bigint[])) and c ->> 'field' = 'bandungNumber' "
                            + "group by 1",
                    (ResultSet row) -> {
                        written.put(row.getString(1), row.getLong(2));
                    },
                    "{" + String.join(",", ids) + "}");
            long lostOrTwice = acks.stream()
                    .map(ack -> ack.substring(StaffClientProcess.ACK.length()).split(" "))
                    .filter(parts -> written.getOrDefault(parts[1] + " " + parts[2], 0L) != 1)
                    .count();
            double[] millis = acks.stream()
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sorted()
                    .toArray();
            double p95 = millis.length == 0 ? 0 : millis[(int) Math.ceil(millis.length * 0.95) - 1];

            report.add(String.format(
                    Locale.ROOT,
                    "%d staff saved for %d s: %d saves acknowledged, %d failed; save p50 %.0f ms, p95 %.0f ms, "
                            + "max %.0f ms",
                    staff,
                    seconds,
                    acks.size(),
                    fails.size(),
                    millis.length == 0 ? 0 : millis[millis.length / 2],
                    p95,
                    millis.length == 0 ? 0 : millis[millis.length - 1]));
            report.add("acknowledged saves not in the audit log exactly once: " + lostOrTwice);
            report.add(String.format(
                    Locale.ROOT,
                    "%d dashboards: %d pushed messages in all, %d failures; half-minutes in which a dashboard "
                            + "received nothing: %d",
                    viewers,
                    pushed,
                    viewerFailures,
                    stalled));
            report.add(String.format(
                    Locale.ROOT,
                    "requests: %d UIDL saves by staff, %d dashboard openings (sign-in, bootstrap, navigation, push)",
                    acks.size() + fails.size(),
                    viewers));
            report.add(String.format(
                    Locale.ROOT,
                    "server live heap after a full GC: %.1f MB after the first minute, %.1f MB at the end",
                    heapAfterMinute / 1024.0 / 1024,
                    heapAtEnd / 1024.0 / 1024));
            Files.writeString(Path.of("target", "load.md"), "# Load run\n\n- " + String.join("\n- ", report) + "\n");
            report.forEach(System.out::println);

            assertThat(fails).as("failed saves").isEmpty();
            assertThat(acks).as("saves").isNotEmpty();
            assertThat(lostOrTwice)
                    .as("acknowledged saves lost or written twice")
                    .isZero();
            assertThat(viewerFailures).as("dashboard failures").isZero();
            assertThat(stalled)
                    .as("half-minutes in which a dashboard received no update")
                    .isZero();
            assertThat((double) heapAtEnd).isLessThanOrEqualTo(heapAfterMinute * 1.10);
        }
    }
}
