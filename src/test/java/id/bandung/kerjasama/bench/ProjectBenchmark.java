package id.bandung.kerjasama.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.bandung.kerjasama.agreement.AgreementFilter;
import id.bandung.kerjasama.agreement.AgreementGap;
import id.bandung.kerjasama.agreement.AgreementQueries;
import id.bandung.kerjasama.agreement.AgreementRow;
import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.ComplianceCheck;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.backup.ArchiveRestore;
import id.bandung.kerjasama.backup.BackupRun;
import id.bandung.kerjasama.backup.BackupService;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Languages;
import id.bandung.kerjasama.base.ui.TranslationProvider;
import id.bandung.kerjasama.base.ui.export.ExportColumn;
import id.bandung.kerjasama.base.ui.export.TableExport;
import id.bandung.kerjasama.dashboard.CompletenessQueries;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.dashboard.DashboardQueriesForBenchmark;
import id.bandung.kerjasama.database.FreshDatabase;
import id.bandung.kerjasama.importing.ImportBatchRow;
import id.bandung.kerjasama.importing.ImportKind;
import id.bandung.kerjasama.importing.ImportPreview;
import id.bandung.kerjasama.importing.ImportProgress;
import id.bandung.kerjasama.importing.ImportService;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerFilter;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerQueries;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.reminder.ReminderRun;
import id.bandung.kerjasama.reminder.ReminderService;
import id.bandung.kerjasama.report.GovernorReportQueries;
import id.bandung.kerjasama.report.ReportPeriod;
import id.bandung.kerjasama.report.ui.GovernorReportPdf;
import id.bandung.kerjasama.report.ui.GovernorReportXlsx;
import id.bandung.kerjasama.report.ui.ReportTexts;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.seed.SampleDataService;
import id.bandung.kerjasama.seed.SampleVolumes;
import id.bandung.kerjasama.software.AdoptionFilter;
import id.bandung.kerjasama.software.AdoptionQueries;
import id.bandung.kerjasama.software.AdoptionStatus;
import id.bandung.kerjasama.software.SoftwareFilter;
import id.bandung.kerjasama.software.SoftwareQueries;
import id.bandung.kerjasama.support.Browsers;
import id.bandung.kerjasama.support.SecurityStrategyListener;
import id.bandung.kerjasama.support.SignIn;
import jakarta.persistence.EntityManagerFactory;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * {@code ./mvnw -Pproduction,bench verify}, the project's one benchmark: fills a throwaway PostgreSQL with the sample
 * volumes and measures, in the service layer, a 50-row page of every list (count included, as the grid asks for both) for
 * each sortable column and typical filters; the heap an export of 100,000 agreements needs; the dashboard, whole and
 * chart by chart, against the naive way (rows loaded through JPA and grouped in Java); and the dashboard's first
 * render in headless Chromium; the partner map's first draw there with every sample partner; and, with 50 dashboards
 * open, the time from a commit to the new figure on every
 * screen and the heap each open dashboard keeps. Prints a table; writes target/benchmark.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"dev", "test"})
@TestExecutionListeners(
        listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ProjectBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 40;
    private static final double PAGE_TARGET_MS = 50;

    @Autowired
    SampleDataService sampleData;

    @Autowired
    PartnerService partners;

    @Autowired
    PartnerQueries partnerQueries;

    @Autowired
    AgreementQueries agreementQueries;

    @Autowired
    SoftwareQueries software;

    @Autowired
    AdoptionQueries adoptions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CompletenessQueries completeness;

    @Autowired
    GovernorReportQueries governor;

    @Autowired
    BackupService backups;

    @Autowired
    ReminderService reminders;

    @Autowired
    ApplicationContext context;

    @Autowired
    ImportService imports;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext webServer;

    private final BenchmarkReport report = new BenchmarkReport();

    @Test
    void measure() throws Exception {
        Duration generation = SignIn.as(Roles.ADMIN, () -> sampleData.generate(SampleVolumes.full()));
        long vacuumStart = System.nanoTime();
        SignIn.as(Roles.ADMIN, () -> sampleData.analyze());
        report.note(String.format(
                Locale.ROOT,
                "Sample data generator: %.1f s for %s, then %.1f s of VACUUM ANALYZE.",
                generation.toMillis() / 1000.0,
                SampleVolumes.full(),
                (System.nanoTime() - vacuumStart) / 1e9));
        assertThat(jdbc.queryForObject("select count(*) from adoption", Long.class))
                .isGreaterThanOrEqualTo(1_000_000);

        SignIn.as(Roles.VIEWER, () -> {
            partnerPages();
            agreementPages();
            softwarePages();
            adoptionPages();
        });
        SignIn.as(Roles.VIEWER, this::exportHeap);
        SignIn.as(Roles.VIEWER, this::governorReport);
        SignIn.as(Roles.VIEWER, this::dashboardQueries);
        dashboardInBrowser();
        mapInBrowser();
        openDashboards();
        backupAndRestore();
        reminderJob();
        importAgreements();

        System.out.println(report.render());
        report.write(Path.of("target", "benchmark.md"));
    }

    private void partnerPages() {
        for (String column : List.of("name", "kind", "country", "province", "bordersBandung", "updatedAt")) {
            page("partners", "sort " + column, () -> partnersPage(PartnerFilter.empty(), Sort.by(column)));
            page(
                    "partners",
                    "sort " + column + " desc",
                    () -> partnersPage(PartnerFilter.empty(), Sort.by(Sort.Direction.DESC, column)));
        }
        page("partners", "sort name desc, page 20", () -> {
            var filter = PartnerFilter.empty();
            return partnerQueries
                            .list(filter, PageRequest.of(20, 50, Sort.by(Sort.Direction.DESC, "name")))
                            .size()
                    + partnerQueries.count(filter);
        });
        page(
                "partners",
                "kind = CITY",
                () -> partnersPage(new PartnerFilter(null, PartnerKind.CITY, null, null, null), Sort.by("name")));
        page(
                "partners",
                "Indonesia, Jawa Barat",
                () -> partnersPage(new PartnerFilter(null, null, "ID", Province.JAWA_BARAT, null), Sort.by("name")));
        page(
                "partners",
                "text \"sukajaya\"",
                () -> partnersPage(new PartnerFilter("sukajaya", null, null, null, null), Sort.by("name")));
    }

    private long partnersPage(PartnerFilter filter, Sort sort) {
        return partnerQueries.list(filter, PageRequest.of(0, 50, sort)).size() + partnerQueries.count(filter);
    }

    private void agreementPages() {
        page("agreements", "default (latest signed)", () -> agreementsPage(AgreementFilter.empty(), Sort.unsorted()));
        for (String column : List.of("title", "partner.name", "signedOn", "endOn", "updatedAt")) {
            page("agreements", "sort " + column, () -> agreementsPage(AgreementFilter.empty(), Sort.by(column)));
            page(
                    "agreements",
                    "sort " + column + " desc",
                    () -> agreementsPage(AgreementFilter.empty(), Sort.by(Sort.Direction.DESC, column)));
        }
        page(
                "agreements",
                "sort category, obligation",
                () -> agreementsPage(AgreementFilter.empty(), Sort.by("category", "obligation")));
        page(
                "agreements",
                "default, page 20",
                () -> agreementQueries
                                .list(AgreementFilter.empty(), PageRequest.of(20, 50))
                                .size()
                        + agreementQueries.count(AgreementFilter.empty()));
        for (AgreementStatus status : AgreementStatus.values()) {
            page(
                    "agreements",
                    "status " + status,
                    () -> agreementsPage(
                            new AgreementFilter(
                                    null, null, null, status, null, null, null, null, null, null, null, null),
                            Sort.unsorted()));
        }
        for (ComplianceCheck check : ComplianceCheck.values()) {
            page(
                    "agreements",
                    "warning " + check,
                    () -> agreementsPage(
                            new AgreementFilter(
                                    null, null, null, null, null, null, null, null, null, null, check, null),
                            Sort.unsorted()));
        }
        for (AgreementGap gap : AgreementGap.values()) {
            page(
                    "agreements",
                    "missing " + gap,
                    () -> agreementsPage(
                            new AgreementFilter(null, null, null, null, null, null, null, null, null, null, null, gap),
                            Sort.unsorted()));
        }
        page(
                "agreements",
                "category KSDPL",
                () -> agreementsPage(
                        new AgreementFilter(
                                null, Category.KSDPL, null, null, null, null, null, null, null, null, null, null),
                        Sort.unsorted()));
        page(
                "agreements",
                "field EKONOMI",
                () -> agreementsPage(
                        new AgreementFilter(
                                null,
                                null,
                                null,
                                null,
                                CooperationField.EKONOMI,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        Sort.unsorted()));
        page(
                "agreements",
                "kind PKS, signed 2015–2020",
                () -> agreementsPage(
                        new AgreementFilter(
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                DocumentKind.PERJANJIAN_KERJA_SAMA,
                                LocalDate.of(2015, 1, 1),
                                LocalDate.of(2020, 12, 31),
                                null,
                                null,
                                null),
                        Sort.unsorted()));
        page(
                "agreements",
                "expiring within 30 days",
                () -> agreementsPage(
                        new AgreementFilter(null, null, null, null, null, null, null, null, null, 30, null, null),
                        Sort.unsorted()));
        long partnerId = jdbc.queryForObject("select partner_id from agreement where sample limit 1", Long.class);
        page(
                "agreements",
                "one partner",
                () -> agreementsPage(
                        new AgreementFilter(
                                null, null, null, null, null, partnerId, null, null, null, null, null, null),
                        Sort.unsorted()));
        page(
                "agreements",
                "text \"pariwisata\"",
                () -> agreementsPage(
                        new AgreementFilter(
                                "pariwisata", null, null, null, null, null, null, null, null, null, null, null),
                        Sort.unsorted()));
    }

    private long agreementsPage(AgreementFilter filter, Sort sort) {
        return agreementQueries.list(filter, PageRequest.of(0, 50, sort)).size() + agreementQueries.count(filter);
    }

    private void softwarePages() {
        for (String column : List.of("name", "category", "kpkRecommended")) {
            page(
                    "software",
                    "sort " + column,
                    () -> software.list(SoftwareFilter.empty(), PageRequest.of(0, 50, Sort.by(column)))
                                    .size()
                            + software.count(SoftwareFilter.empty()));
        }
        SoftwareFilter kpk = new SoftwareFilter(null, null, true);
        page(
                "software",
                "KPK recommended",
                () -> software.list(kpk, PageRequest.of(0, 50)).size() + software.count(kpk));
    }

    private void adoptionPages() {
        page("adoptions", "default (latest since)", () -> adoptionsPage(AdoptionFilter.empty(), Sort.unsorted()));
        for (String column : List.of("partner.name", "software.name", "status", "since", "updatedAt")) {
            page("adoptions", "sort " + column, () -> adoptionsPage(AdoptionFilter.empty(), Sort.by(column)));
            page(
                    "adoptions",
                    "sort " + column + " desc",
                    () -> adoptionsPage(AdoptionFilter.empty(), Sort.by(Sort.Direction.DESC, column)));
        }
        long softwareId = jdbc.queryForObject("select id from software where sample limit 1", Long.class);
        long partnerId = jdbc.queryForObject("select id from partner where sample limit 1", Long.class);
        page(
                "adoptions",
                "one software",
                () -> adoptionsPage(new AdoptionFilter(null, softwareId, null, null), Sort.unsorted()));
        page(
                "adoptions",
                "one partner",
                () -> adoptionsPage(new AdoptionFilter(null, null, partnerId, null), Sort.unsorted()));
        page(
                "adoptions",
                "status ADOPTED",
                () -> adoptionsPage(new AdoptionFilter(null, null, null, AdoptionStatus.ADOPTED), Sort.unsorted()));
        page(
                "adoptions",
                "status DISCONTINUED",
                () -> adoptionsPage(
                        new AdoptionFilter(null, null, null, AdoptionStatus.DISCONTINUED), Sort.unsorted()));
        page(
                "adoptions",
                "software and status",
                () -> adoptionsPage(
                        new AdoptionFilter(null, softwareId, null, AdoptionStatus.ADOPTED), Sort.unsorted()));
        page(
                "adoptions",
                "partner text \"sukajaya\"",
                () -> adoptionsPage(new AdoptionFilter("sukajaya", null, null, null), Sort.unsorted()));
    }

    private long adoptionsPage(AdoptionFilter filter, Sort sort) {
        return adoptions.list(filter, PageRequest.of(0, 50, sort)).size() + adoptions.count(filter);
    }

    private void page(String list, String what, Supplier<Long> work) {
        report.time(list, "50-row page + count, " + what, PAGE_TARGET_MS, WARMUP, RUNS, work);
    }

    /**
     * The daily reminder job at the sample volume: its first run, which writes every reminder due (and their inbox
     * entries), and a second run the same day, which finds them written and adds nothing (a day's steady state).
     */
    private void reminderJob() {
        long start = System.nanoTime();
        ReminderRun first = SignIn.as(Roles.ADMIN, reminders::runDaily);
        double firstSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        ReminderRun second = SignIn.as(Roles.ADMIN, reminders::runDaily);
        double secondSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(second.reminders()).isZero();
        report.value("reminders", "daily job, first run (writes every reminder due)", firstSeconds, "s", 60);
        report.value("reminders", "daily job, a second run the same day (nothing new)", secondSeconds, "s", 60);
        report.note(String.format(
                Locale.ROOT,
                "Reminder job, first run: %,d reminders and %,d inbox entries written in %.2f s; a second run the same"
                        + " day: %.2f s, nothing written (each reminder once per agreement, kind, tier and date).",
                first.reminders(),
                first.inboxEntries(),
                firstSeconds,
                secondSeconds));
    }

    /** Peak heap above the idle baseline while 100,000 agreements stream to CSV and to XLSX. */
    /**
     * A backup of the sample volume as the backup view makes one, then a restore of its archive into a new, empty
     * database (a second embedded PostgreSQL), with every table's row count compared.
     */
    private void backupAndRestore() throws Exception {
        long backupStart = System.nanoTime();
        BackupRun run = SignIn.as(Roles.ADMIN, backups::backUpNow);
        double backupSeconds = (System.nanoTime() - backupStart) / 1e9;
        assertThat(run.succeeded()).as(run.message()).isTrue();
        Path archive = SignIn.as(Roles.ADMIN, backups::folder).resolve(run.fileName());
        try (FreshDatabase target = FreshDatabase.migrated()) {
            ArchiveRestore.Restored restored = ArchiveRestore.restore(target.dataSource(), archive);
            for (var table : restored.manifest().tables()) {
                assertThat(target.jdbc().queryForObject("select count(*) from " + table.table(), Long.class))
                        .as(table.table())
                        .isEqualTo(table.rows());
            }
            report.note(String.format(
                    Locale.ROOT,
                    "Backup of the sample volume (%,d rows in %d tables): %.1f s, archive %.1f MB. Restore of that "
                            + "archive into an empty database, checks included: %.1f s.",
                    run.rowCount(),
                    restored.manifest().tables().size(),
                    backupSeconds,
                    run.sizeBytes() / 1024.0 / 1024.0,
                    restored.took().toMillis() / 1000.0));
        }
    }

    /**
     * Issue 14's import target: a 10,000-row agreements file (XLSX, partners of the register by name and country,
     * dates in Indonesian forms and as date cells) previewed and committed as the import view does, each within 10 s,
     * with the heap it takes; then the batch undone.
     */
    private void importAgreements() throws Exception {
        int rows = 10_000;
        List<String[]> partnersInFile = jdbc.query(
                "select name, country from partner where sample and kind in ('CITY', 'REGENCY', 'FOREIGN_CITY')"
                        + " order by id limit 500",
                (row, n) -> new String[] {row.getString(1), row.getString(2)});
        Path file = ImportBenchFile.agreements(rows, partnersInFile, "BENCH/IMPOR/");
        Locale indonesian = Locale.forLanguageTag("id");

        // Timed as the import view runs them: preview, commit, undo.
        long start = System.nanoTime();
        ImportPreview preview = SignIn.as(
                Roles.STAFF,
                () -> imports.preview(ImportKind.AGREEMENT, file, "bench.xlsx", indonesian, ImportProgress.NONE));
        double previewSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(preview.problems()).as("the bench file has no problem").isEmpty();
        assertThat(preview.count(ImportPreview.Action.CREATE)).isEqualTo(rows);
        start = System.nanoTime();
        ImportBatchRow batch = SignIn.as(
                Roles.STAFF,
                () -> imports.commit(ImportKind.AGREEMENT, file, "bench.xlsx", indonesian, ImportProgress.NONE));
        double commitSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(batch.createdCount()).isEqualTo(rows);
        start = System.nanoTime();
        SignIn.as(Roles.STAFF, () -> imports.undo(batch.id()));
        double undoSeconds = (System.nanoTime() - start) / 1e9;
        report.value("import", "preview of a 10,000-row agreements XLSX", previewSeconds, "s", 10);
        report.value(
                "import", "commit of the same file (read and checked again, written, audited)", commitSeconds, "s", 10);
        report.value(
                "import", "undo of that batch (10,000 agreements, their fields, audit entries)", undoSeconds, "s", 10);

        // The heap, untimed, in a second pass: live after a full GC halfway through reading, the peak with garbage,
        // and what stays once done.
        preview = null;
        long baseline = settledHeap();
        long[] halfway = {0, 0};
        resetPeaks();
        ImportPreview held = SignIn.as(
                Roles.STAFF,
                () -> imports.preview(ImportKind.AGREEMENT, file, "bench.xlsx", indonesian, (read, estimated) -> {
                    if (read >= rows / 2 && halfway[0] == 0) {
                        halfway[0] = settledHeap();
                    }
                }));
        long previewPeak = peakHeap();
        long holding = settledHeap(); // the preview as the view holds it
        assertThat(held.rows()).hasSize(rows);
        held = null;
        resetPeaks();
        ImportBatchRow again = SignIn.as(
                Roles.STAFF,
                () -> imports.commit(ImportKind.AGREEMENT, file, "bench.xlsx", indonesian, (read, estimated) -> {
                    if (read >= rows / 2 && halfway[1] == 0) {
                        halfway[1] = settledHeap();
                    }
                }));
        long commitPeak = peakHeap();
        long after = settledHeap();
        SignIn.as(Roles.STAFF, () -> imports.undo(again.id()));
        report.note(String.format(
                Locale.ROOT,
                "Import of %,d agreements from a %.1f MB XLSX: preview %.1f s, commit %.1f s (%,d agreement rows, "
                        + "their fields and %,d audit entries), undo %.1f s. Heap, in a second untimed pass: idle "
                        + "baseline %d MB; live after a full GC halfway through reading the file, %d MB above it in the "
                        + "preview and %d MB in the commit; peak heap used (garbage included) %d MB above it during the "
                        + "preview and %d MB during the commit (max heap %d MB); after a full GC, %d MB above it while "
                        + "the preview is held and %d MB after the commit.",
                rows,
                java.nio.file.Files.size(file) / 1024.0 / 1024.0,
                previewSeconds,
                commitSeconds,
                batch.createdCount(),
                batch.createdCount() + 1,
                undoSeconds,
                baseline / (1024 * 1024),
                Math.max(0, halfway[0] - baseline) / (1024 * 1024),
                Math.max(0, halfway[1] - baseline) / (1024 * 1024),
                Math.max(0, previewPeak - baseline) / (1024 * 1024),
                Math.max(0, commitPeak - baseline) / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Math.max(0, holding - baseline) / (1024 * 1024),
                Math.max(0, after - baseline) / (1024 * 1024)));
    }

    private void exportHeap() {
        List<ExportColumn<AgreementRow>> columns = List.of(
                new ExportColumn<>("title", AgreementRow::title),
                new ExportColumn<>("partner", AgreementRow::partnerName),
                new ExportColumn<>("category", a -> a.category().name()),
                new ExportColumn<>("fields", a -> a.fields().toString()),
                new ExportColumn<>("signed", AgreementRow::signedOn),
                new ExportColumn<>("end", AgreementRow::endOn),
                new ExportColumn<>("notes", AgreementRow::notes));
        for (String format : List.of("CSV", "XLSX")) {
            long[] rows = {0};
            long[] retained = {0};
            long baseline = settledHeap();
            resetPeaks();
            long start = System.nanoTime();
            try (OutputStream sink = OutputStream.nullOutputStream()) {
                TableExport.RowSource<AgreementRow> source =
                        consumer -> agreementQueries.export(AgreementFilter.empty(), agreement -> {
                            if (++rows[0] == 50_000) {
                                retained[0] = settledHeap();
                            }
                            consumer.accept(agreement);
                        });
                if (format.equals("CSV")) {
                    TableExport.csv(columns, key -> key, Locale.ROOT, source, sink);
                } else {
                    TableExport.xlsx(columns, key -> key, "bench", source, sink);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = peakHeap();
            assertThat(rows[0]).isGreaterThanOrEqualTo(100_000);
            report.note(String.format(
                    Locale.ROOT,
                    "Export of %,d agreements to %s: %.1f s. Heap live halfway through "
                            + "(after a full GC at row 50,000): %d MB above the idle baseline of %d MB; peak heap used, garbage "
                            + "included: %d MB above it (max heap %d MB).",
                    rows[0],
                    format,
                    seconds,
                    Math.max(0, retained[0] - baseline) / (1024 * 1024),
                    baseline / (1024 * 1024),
                    Math.max(0, peak - baseline) / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        }
    }

    /**
     * The governor's report for last year, as the report view makes it: the figures (one query each for the
     * categories, Monev, the warnings and the count) and the files, XLSX and PDF, with every agreement the year
     * concerns streamed into them.
     */
    private void governorReport() {
        ReportPeriod year = ReportPeriod.of(LocalDate.now().getYear() - 1, ReportPeriod.Part.WHOLE_YEAR);
        ReportTexts texts = ReportTexts.indonesian(context.getBean(TranslationProvider.class));
        report.time(
                "governor report", "figures for a year (" + year.year() + ")", 0, 2, 10, () -> governor.report(year));
        long[] bytes = {0};
        report.time("governor report", "XLSX for a year, figures and every agreement", 0, 1, 5, () -> {
            bytes[0] = governorFile(out -> GovernorReportXlsx.write(
                    governor.report(year), sink -> governor.rows(year, sink), texts, LocalDate.now(), out));
            return bytes[0];
        });
        long xlsxBytes = bytes[0];
        report.time("governor report", "PDF for a year, figures and every agreement", 0, 1, 5, () -> {
            bytes[0] = governorFile(out -> GovernorReportPdf.write(
                    governor.report(year), sink -> governor.rows(year, sink), texts, LocalDate.now(), out));
            return bytes[0];
        });
        report.note(String.format(
                Locale.ROOT,
                "Governor's report for %d: %,d agreements in its list; XLSX %.1f MB, PDF %.1f MB.",
                year.year(),
                governor.report(year).concerned(),
                xlsxBytes / 1024.0 / 1024.0,
                bytes[0] / 1024.0 / 1024.0));
    }

    /** Writes a file to nowhere and returns its size. */
    private static long governorFile(ReportFile file) {
        long[] size = {0};
        try (OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                size[0] += len;
            }
        }) {
            file.write(counting);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return size[0];
    }

    @FunctionalInterface
    private interface ReportFile {
        void write(OutputStream out) throws java.io.IOException;
    }

    private void dashboardQueries() {
        DashboardQueriesForBenchmark dashboard = new DashboardQueriesForBenchmark(context);
        DashboardFilter none = DashboardFilter.none();
        DashboardFilter period = new DashboardFilter(2015, 2020, Category.KSDD);
        for (DashboardFilter filter : List.of(none, period)) {
            String which = filter.isNone() ? "" : ", 2015–2020 KSDD";
            report.time(
                    "dashboard", "cards query" + which, PAGE_TARGET_MS, WARMUP, RUNS, () -> dashboard.headline(filter));
            report.time(
                    "dashboard", "Monev figures" + which, PAGE_TARGET_MS, WARMUP, RUNS, () -> dashboard.monev(filter));
            report.time(
                    "dashboard",
                    "partners by country" + which,
                    PAGE_TARGET_MS,
                    WARMUP,
                    RUNS,
                    () -> dashboard.partnersByCountry(filter));
            report.time(
                    "dashboard",
                    "agreements by category" + which,
                    PAGE_TARGET_MS,
                    WARMUP,
                    RUNS,
                    () -> dashboard.agreementsByCategory(filter));
            report.time(
                    "dashboard",
                    "agreements by field" + which,
                    PAGE_TARGET_MS,
                    WARMUP,
                    RUNS,
                    () -> dashboard.agreementsByField(filter));
            report.time(
                    "dashboard",
                    "agreements signed per year" + which,
                    PAGE_TARGET_MS,
                    WARMUP,
                    RUNS,
                    () -> dashboard.signedPerYear(filter));
            report.time(
                    "dashboard",
                    "agreements by status" + which,
                    PAGE_TARGET_MS,
                    WARMUP,
                    RUNS,
                    () -> dashboard.agreementsByStatus(filter));
            report.time(
                    "dashboard",
                    "partners by province" + which,
                    PAGE_TARGET_MS,
                    WARMUP,
                    RUNS,
                    () -> dashboard.partnersByProvince(filter));
            report.time(
                    "dashboard",
                    "partner map: every partner with coordinates and its kind, and those without" + which,
                    PAGE_TARGET_MS,
                    WARMUP,
                    RUNS,
                    () -> dashboard.locations(filter).markers().size());
        }
        report.time(
                "dashboard",
                "partner map for the presentation (names of 18 sister cities and 18 technical partners only)",
                PAGE_TARGET_MS,
                WARMUP,
                RUNS,
                () -> dashboard.publicLocations(18).markers().size());
        report.time(
                "dashboard",
                "most adopted software",
                PAGE_TARGET_MS,
                WARMUP,
                RUNS,
                () -> dashboard.mostAdoptedSoftware());
        report.time(
                "dashboard", "adoptions by status", PAGE_TARGET_MS, WARMUP, RUNS, () -> dashboard.adoptionsByStatus());
        report.time(
                "dashboard",
                "completeness panel (staff only)",
                PAGE_TARGET_MS,
                WARMUP,
                RUNS,
                () -> SignIn.as(Roles.STAFF, () -> completeness.completeness()));
        report.time(
                "dashboard",
                "whole dashboard, server side, one query after another",
                0,
                WARMUP,
                RUNS,
                () -> wholeDashboard(dashboard, none));
        double sql = report.time(
                "dashboard",
                "whole dashboard, server side (cards + 8 charts, queries side by side)",
                150,
                WARMUP,
                RUNS,
                () -> dashboard.figuresFromDatabase(none));
        report.time(
                "dashboard",
                "whole dashboard, server side, 2015–2020 KSDD",
                150,
                WARMUP,
                RUNS,
                () -> dashboard.figuresFromDatabase(period));
        NaiveDashboard naive = new NaiveDashboard(entityManagerFactory);
        double naiveMillis = report.time(
                "dashboard", "whole dashboard, naive: rows through JPA, grouped in Java", 0, 1, 3, naive::compute);
        assertThat(naive.compute())
                .containsEntry("partners", (long) dashboard.headline(none).partners());
        report.note(String.format(
                Locale.ROOT,
                "The naive dashboard takes %.0f times as long as the SQL one (p95 %.0f ms " + "against %.1f ms).",
                naiveMillis / sql,
                naiveMillis,
                sql));
    }

    private static int wholeDashboard(DashboardQueriesForBenchmark dashboard, DashboardFilter filter) {
        dashboard.headline(filter);
        return dashboard.partnersByCountry(filter).size()
                + dashboard.agreementsByCategory(filter).size()
                + dashboard.agreementsByField(filter).size()
                + dashboard.signedPerYear(filter).size()
                + dashboard.mostAdoptedSoftware().size()
                + dashboard.adoptionsByStatus().size()
                + dashboard.partnersByProvince(filter).size()
                + dashboard.agreementsByStatus(filter).size();
    }

    /** From navigation to the dashboard until every one of its eight charts has drawn its SVG. */
    private void dashboardInBrowser() {
        String base = "http://localhost:" + port + "/";
        try (Playwright playwright = Browsers.playwright();
                Browser browser = Browsers.chromium(playwright)) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080));
            Page page = context.newPage();
            Browsers.signIn(page, base, "pimpinan", "bandung");
            int warmup = 2;
            double[] millis = new double[10];
            for (int run = -warmup; run < millis.length; run++) {
                page.navigate(base + "partners");
                page.locator(".view-title").waitFor();
                long start = System.nanoTime();
                page.navigate(base);
                page.waitForFunction(
                        "document.querySelectorAll('.chart-card svg.apexcharts-svg').length === 8",
                        null,
                        new Page.WaitForFunctionOptions().setTimeout(30_000));
                if (run >= 0) {
                    millis[run] = (System.nanoTime() - start) / 1e6;
                }
            }
            report.record(
                    "dashboard",
                    "first render in headless Chromium (1920×1080), navigation to all 8 charts " + "drawn",
                    1500,
                    millis);
        }
    }

    /**
     * The dashboard's partner map with every sample partner on it (10,000, one in fifty without coordinates): from
     * navigation until the map element reports its first drawing with markers painted ({@code data-drawn-ms}, set
     * from {@code performance.now()} after the frame), as seen from Java and as the page's own clock counts it; then
     * switching to the Indonesia view (the 1:50m countries loaded once, then every marker projected again).
     */
    private void mapInBrowser() {
        String base = "http://localhost:" + port + "/";
        long markers = jdbc.queryForObject(
                "select count(*) from partner where latitude is not null and longitude is not null", Long.class);
        try (Playwright playwright = Browsers.playwright();
                Browser browser = Browsers.chromium(playwright)) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080));
            Page page = context.newPage();
            Browsers.signIn(page, base, "pimpinan", "bandung");
            int warmup = 2;
            double[] millis = new double[10];
            double[] ownClock = new double[millis.length];
            double[] indonesia = new double[millis.length];
            double[] rendering = new double[millis.length];
            for (int run = -warmup; run < millis.length; run++) {
                page.navigate(base + "partners");
                page.locator(".view-title").waitFor();
                long start = System.nanoTime();
                page.navigate(base);
                page.waitForFunction(
                        "n => document.querySelector('kerjasama-map')?.dataset.drawnMs"
                                + " && document.querySelector('kerjasama-map').dataset.markers >= n",
                        (int) markers,
                        new Page.WaitForFunctionOptions().setTimeout(60_000));
                double wall = (System.nanoTime() - start) / 1e6;
                double drawnMs = Double.parseDouble(
                        (String) page.evaluate("() => document.querySelector('kerjasama-map').dataset.drawnMs"));
                double renderMs = Double.parseDouble(
                        (String) page.evaluate("() => document.querySelector('kerjasama-map').dataset.renderMs"));
                long switched = System.nanoTime();
                page.locator("#map-view-indonesia").click();
                page.waitForFunction(
                        "() => document.querySelector('kerjasama-map').dataset.viewDrawn === 'indonesia'",
                        null,
                        new Page.WaitForFunctionOptions().setTimeout(60_000));
                if (run >= 0) {
                    millis[run] = wall;
                    ownClock[run] = drawnMs;
                    rendering[run] = renderMs;
                    indonesia[run] = (System.nanoTime() - switched) / 1e6;
                }
            }
            report.record(
                    "map",
                    "first draw in headless Chromium (1920×1080), navigation until the map of " + markers
                            + " partners is painted",
                    2000,
                    millis);
            report.record(
                    "map",
                    "the same, by the page's own clock (performance.now() from navigation start)",
                    2000,
                    ownClock);
            report.record(
                    "map",
                    "of which drawing: the element's one pass over the countries and every marker, before the paint",
                    200,
                    rendering);
            report.record(
                    "map",
                    "switch to the Indonesia view (1:50m countries, every marker projected again)",
                    1000,
                    indonesia);
        }
    }

    private static final int OPEN_DASHBOARDS = 50;
    private static final int LIVE_ROUNDS = 10;
    private static final double HEAP_PER_UI_TARGET_KB = 300;
    private static final String WATCH_PARTNERS_CARD = """
            () => {
              const card = document.querySelector('#kpi-partners');
              window.__changedAt = 0;
              new MutationObserver(() => {
                if (!window.__changedAt && card.querySelector('.kpi-value').textContent !== window.__before) {
                  window.__changedAt = Date.now();
                }
              }).observe(card, {childList: true, characterData: true, subtree: true});
            }""";
    private static final String NOTE_PARTNERS_FIGURE = """
            () => {
              window.__before = document.querySelector('#kpi-partners .kpi-value').textContent;
              window.__changedAt = 0;
            }""";

    /**
     * Fifty signed-in dashboards held open by {@link PushClient}s (Vaadin's protocol without drawing: fifty Chromium
     * tabs would spend this machine's two cores on drawing charts, not on the server) in a JVM of their own, and one
     * more in Chromium to see the figure change on a real screen. Round after round, staff save a partner through the
     * service, and each screen's delay from the commit to the pushed message with the new number is one sample. Then
     * the heap each open dashboard keeps on the server: live objects after a full GC before and after opening fifty
     * more, divided by fifty. Measured from the second fifty on, so that what the first ones start once (threads and
     * their buffers, caches) is not counted as kept per screen.
     */
    private void openDashboards() throws Exception {
        String base = "http://localhost:" + port + "/";
        try (Playwright playwright = Browsers.playwright();
                Browser browser = Browsers.chromium(playwright);
                RemoteDashboards screens = RemoteDashboards.start(base, "pimpinan", "bandung", "")) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080))
                    .newPage();
            Browsers.signIn(page, base, "pimpinan", "bandung");
            page.locator(".dashboard-view:not(.loading) #kpi-partners .kpi-value")
                    .waitFor();
            page.evaluate(WATCH_PARTNERS_CARD);

            // A screen is open once it has navigated (it follows changes from its attach) with push connected; its
            // first
            // figures may come in the navigate response or by push, whichever is first. That every one of them follows
            // is shown by the rounds below: each change must reach all of them.
            long opened = System.currentTimeMillis();
            assertThat(screens.open(OPEN_DASHBOARDS)).isEqualTo(OPEN_DASHBOARDS);
            measureLiveRounds(page, screens);

            // The first fifty's idle HTTP connections have closed before the count starts, as a browser's do.
            long idleClosed = keepAliveTimeoutMillis() + 1_000;
            Thread.sleep(Math.max(0, opened + idleClosed - System.currentTimeMillis()));
            long heapBefore = LiveHeap.bytes();
            assertThat(screens.open(OPEN_DASHBOARDS)).isEqualTo(2 * OPEN_DASHBOARDS);
            long heapOpened = LiveHeap.bytes();
            Thread.sleep(idleClosed);
            long heapSettled = LiveHeap.bytes();
            report.value(
                    "live updates",
                    "heap kept per open dashboard, just opened (" + OPEN_DASHBOARDS + " more "
                            + "signed-in dashboards with push, each with its own HTTP session; live objects after a "
                            + "full GC before and after, divided)",
                    (heapOpened - heapBefore) / 1024.0 / OPEN_DASHBOARDS,
                    "KB",
                    HEAP_PER_UI_TARGET_KB);
            report.value(
                    "live updates",
                    "heap kept per open dashboard, once Tomcat has closed its idle HTTP "
                            + "connection (keep-alive timeout " + keepAliveTimeoutMillis() / 1000 + " s; the push "
                            + "WebSocket stays open)",
                    (heapSettled - heapBefore) / 1024.0 / OPEN_DASHBOARDS,
                    "KB",
                    HEAP_PER_UI_TARGET_KB);
        }
    }

    private void measureLiveRounds(Page page, RemoteDashboards screens) throws Exception {
        List<Double> pushed = new ArrayList<>();
        List<Double> drawn = new ArrayList<>();
        for (int round = 0; round < LIVE_ROUNDS; round++) {
            long partnersNow = jdbc.queryForObject("select count(*) from partner", Long.class);
            String next = Formats.number(partnersNow + 1, Languages.INDONESIAN);
            screens.expect(">" + next + "<"); // the figure inside the partners card's markup
            page.evaluate(NOTE_PARTNERS_FIGURE);
            Partner partner = new Partner("Kota Benchmark " + System.nanoTime(), PartnerKind.CITY, "JP");
            SignIn.as(Roles.STAFF, () -> partners.save(partner));
            long committedAt = System.currentTimeMillis();
            screens.startAwaiting(10_000);
            long deadline = committedAt + 10_000;
            long browserAt = 0;
            while (System.currentTimeMillis() < deadline && browserAt == 0) {
                browserAt = ((Number) page.evaluate("() => window.__changedAt")).longValue();
                Thread.sleep(5);
            }
            long[] arrivals = screens.arrivals();
            assertThat(arrivals).hasSize(OPEN_DASHBOARDS);
            for (long seenAt : arrivals) {
                assertThat(seenAt)
                        .as("a screen that did not get round %d's %s within 10 s", round, next)
                        .isPositive();
                pushed.add((double) Math.max(0, seenAt - committedAt));
            }
            assertThat(browserAt)
                    .as("the Chromium dashboard did not show round %d's change", round)
                    .isPositive();
            drawn.add((double) Math.max(0, browserAt - committedAt));
            Thread.sleep(1_200); // past each screen's one-refresh-a-second window, so the next round is not held
        }
        report.record(
                "live updates",
                "commit to the new figure pushed to every one of " + OPEN_DASHBOARDS + " open dashboards ("
                        + LIVE_ROUNDS + " saves, one sample per screen and save)",
                1000,
                pushed.stream().mapToDouble(Double::doubleValue).toArray());
        report.record(
                "live updates",
                "commit to the new figure on screen in Chromium, while the " + OPEN_DASHBOARDS + " others are open ("
                        + LIVE_ROUNDS + " saves)",
                1000,
                drawn.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** How long Tomcat keeps an idle HTTP connection open before closing it, a browser's as the light clients'. */
    private long keepAliveTimeoutMillis() {
        Connector connector =
                ((TomcatWebServer) webServer.getWebServer()).getTomcat().getConnector();
        return ((AbstractProtocol<?>) connector.getProtocolHandler()).getKeepAliveTimeout();
    }

    private static long settledHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
