package id.bandung.kerjasama.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.dashboard.DashboardFigures;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.importing.ImportPreview.Action;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.SignIn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports that commit, as in the running app: the template's round trip until the dashboard (which counts in
 * transactions of its own) shows the new rows, and a failure in the middle of the write leaving nothing behind.
 */
@CommittingTest
class ImportCommitTest {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Autowired
    ImportService imports;

    @Autowired
    DashboardService dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    ImportPreview preview(ImportKind kind, Path file) {
        return SignIn.as(Roles.STAFF, () -> imports.preview(kind, file, "uji.xlsx", INDONESIAN, ImportProgress.NONE));
    }

    ImportBatchRow commit(ImportKind kind, Path file, String name) {
        return SignIn.as(Roles.STAFF, () -> imports.commit(kind, file, name, INDONESIAN, ImportProgress.NONE));
    }

    long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    @Test
    void the_agreements_template_round_trip_creates_its_rows_and_the_dashboard_counts_them() throws Exception {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        SignIn.as(Roles.STAFF, () -> {
            try {
                imports.writeTemplate(ImportKind.AGREEMENT, template);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        LocalDate today = LocalDate.now(clock);
        Path filled = Files.createTempFile("template-", ".xlsx");
        filled.toFile().deleteOnExit();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Data");
            assertThat(workbook.getSheetName(1)).isEqualTo("Pilihan");
            Sheet data = workbook.getSheet("Data");
            List<String> headers = new ArrayList<>();
            data.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers)
                    .startsWith("Judul *", "Mitra *", "Negara mitra", "Kode wilayah mitra", "Kategori *")
                    .contains("Nomor Pemkot Bandung", "Ditandatangani", "Berakhir", "E-mail narahubung");
            String choices = sheetText(workbook.getSheet("Pilihan"));
            assertThat(choices)
                    .contains("Kerja sama antardaerah", "Sister city", "Wajib", "Sukarela")
                    .contains("Perjanjian kerja sama (PKS)", "Pemerintahan", "17/08/2019");
            // The example row names a briefing partner (Kabupaten Bandung Barat, 32.17): keep it, add one in force.
            Row added = data.createRow(2);
            String[] values = {
                "Kerja sama uji impor berlaku",
                "Kota Cimahi",
                "",
                "",
                "Kerja sama antardaerah",
                "Wajib",
                "PKS",
                "Pemerintahan; Kesehatan",
                "UJI/IMPOR/2026/1",
                "",
                "Ya"
            };
            for (int i = 0; i < values.length; i++) {
                added.createCell(i).setCellValue(values[i]);
            }
            var dateCell = added.createCell(11);
            dateCell.setCellValue(today.minusYears(1));
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            dateCell.setCellStyle(dateStyle);
            added.createCell(12)
                    .setCellValue(
                            today.minusYears(1).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            added.createCell(13).setCellValue(today.plusYears(2).toString());
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        DashboardFigures before = SignIn.as(Roles.VIEWER, () -> dashboard.figures(DashboardFilter.none()));

        ImportPreview preview = preview(ImportKind.AGREEMENT, filled);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows())
                .extracting(ImportPreview.Row::row, ImportPreview.Row::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, Action.CREATE),
                        org.assertj.core.groups.Tuple.tuple(3, Action.CREATE));

        ImportBatchRow batch = commit(ImportKind.AGREEMENT, filled, "kerja-sama.xlsx");
        assertThat(batch.createdCount()).isEqualTo(2);
        assertThat(batch.rowCount()).isEqualTo(2);
        assertThat(batch.fileName()).isEqualTo("kerja-sama.xlsx");
        // The dashboard's shared answer is dropped on the commit's notification, which arrives a moment later.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            DashboardFigures after = SignIn.as(Roles.VIEWER, () -> dashboard.figures(DashboardFilter.none()));
            assertThat(ksdd(after) - ksdd(before)).isEqualTo(2);
            assertThat(after.headline().active() + after.headline().expiring())
                    .isEqualTo(before.headline().active() + before.headline().expiring() + 1);
        });

        Long inForce =
                jdbc.queryForObject("select id from agreement where bandung_number = 'UJI/IMPOR/2026/1'", Long.class);
        assertThat(jdbc.queryForObject(
                        "select stage || ' ' || signed_on || ' ' || start_on || ' ' || end_on || ' ' || document_kind"
                                + " from agreement where id = ?",
                        String.class,
                        inForce))
                .isEqualTo("IN_FORCE " + today.minusYears(1) + " " + today.minusYears(1) + " " + today.plusYears(2)
                        + " PERJANJIAN_KERJA_SAMA");
        assertThat(jdbc.queryForList(
                        "select field from agreement_field where agreement_id = ? order by field",
                        String.class,
                        inForce))
                .containsExactly("KESEHATAN", "PEMERINTAHAN");
        assertThat(count(
                        "select count(*) from audit_event where record_type = 'Agreement' and action = 'CREATE'"
                                + " and record_id in (select id from agreement where import_batch_id = ?)"
                                + " and changes @> '[{\"field\": \"title\"}]'::jsonb",
                        batch.id()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select summary from audit_event where record_type = 'ImportBatch' and action = 'IMPORT'"
                                + " and record_id = ?",
                        String.class,
                        batch.id()))
                .isEqualTo("kerja-sama.xlsx · 2 baris: 2 baru, 0 sudah ada");
    }

    private static long ksdd(DashboardFigures figures) {
        return figures.agreementsByCategory().stream()
                .filter(count -> count.key().category() == Category.KSDD)
                .mapToLong(count -> count.count())
                .sum();
    }

    private static String sheetText(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        sheet.forEach(row ->
                row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\n')));
        return text.toString();
    }

    @Test
    void a_failure_in_the_middle_of_the_write_leaves_nothing_written() throws Exception {
        // The database refuses row 1,202 of 1,500, after the first thousand were sent: a trigger stands in for any
        // refusal the checks before the write could not foresee.
        jdbc.execute("""
                create function refuse_import_test() returns trigger language plpgsql as $$
                begin
                    if new.title = 'Gagal di tengah impor' then
                        raise exception 'refused for the test';
                    end if;
                    return new;
                end $$""");
        jdbc.execute("create trigger refuse_import_test before insert on agreement for each row"
                + " execute function refuse_import_test()");
        try {
            List<String> lines = new ArrayList<>();
            lines.add("Judul;Mitra;Kategori;Sifat");
            for (int i = 1; i <= 1_500; i++) {
                lines.add((i == 1_201 ? "Gagal di tengah impor" : "Uji impor massal " + i) + ";Kota Cimahi;KSDD;Wajib");
            }
            Path file = ImportFiles.csv(lines.toArray(String[]::new));
            assertThat(preview(ImportKind.AGREEMENT, file).count(Action.CREATE)).isEqualTo(1_500);
            long agreements = count("select count(*) from agreement");
            long fields = count("select count(*) from agreement_field");
            long batches = count("select count(*) from import_batch");
            long audit = count("select count(*) from audit_event");

            assertThatThrownBy(() -> commit(ImportKind.AGREEMENT, file, "gagal.csv"))
                    .isInstanceOf(ImportRefusedException.class)
                    .extracting(e -> ((ImportRefusedException) e).messageKey())
                    .isEqualTo("import.commit.refused");

            assertThat(count("select count(*) from agreement")).isEqualTo(agreements);
            assertThat(count("select count(*) from agreement where title like 'Uji impor massal %'"))
                    .isZero();
            assertThat(count("select count(*) from agreement_field")).isEqualTo(fields);
            assertThat(count("select count(*) from import_batch")).isEqualTo(batches);
            assertThat(count("select count(*) from audit_event")).isEqualTo(audit);
        } finally {
            jdbc.execute("drop trigger refuse_import_test on agreement");
            jdbc.execute("drop function refuse_import_test()");
        }
    }
}
