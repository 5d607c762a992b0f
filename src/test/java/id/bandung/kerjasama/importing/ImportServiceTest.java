package id.bandung.kerjasama.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.importing.ImportPreview.Action;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk import through its service on the real database: the template's round trip, every kind of row problem at its
 * row and column, matches against the register, and undoing the last batch.
 */
@IntegrationTest
class ImportServiceTest {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Autowired
    ImportService imports;

    @Autowired
    DashboardService dashboard;

    @Autowired
    PartnerService partners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    ImportPreview preview(ImportKind kind, Path file) {
        return preview(kind, file, INDONESIAN);
    }

    ImportPreview preview(ImportKind kind, Path file, Locale locale) {
        return SignIn.as(Roles.STAFF, () -> imports.preview(kind, file, "uji.csv", locale, ImportProgress.NONE));
    }

    ImportBatchRow commit(ImportKind kind, Path file, String name) {
        return SignIn.as(Roles.STAFF, () -> imports.commit(kind, file, name, INDONESIAN, ImportProgress.NONE));
    }

    long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    @Test
    void every_kind_of_row_problem_is_reported_at_its_row_and_column_and_nothing_is_written() throws Exception {
        String header = "Judul;Mitra;Kategori;Sifat;Nomor Pemkot Bandung;Sudah ditandatangani;Ditandatangani;"
                + "Mulai berlaku;Berakhir;E-mail narahubung;Catatan";
        Path file = ImportFiles.csv(
                header,
                ";Kota Cimahi;KSDD;Wajib;;;;;;;",
                "Uji mitra;Kota Antah Berantah;KSDD;Wajib;;;;;;;",
                "Uji kategori;Kota Cimahi;KSXX;;;;;;;;",
                "Uji tanggal;Kota Cimahi;KSDD;Wajib;;;31/02/2020;;;;",
                "Uji format;Kota Cimahi;KSDD;Wajib;;;;Agustus 2019;;;",
                "Uji urutan;Kota Cimahi;KSDD;Wajib;;;;01/01/2020;31/12/2019;;",
                "Uji sifat;Kota Cimahi;KSDD;;;;;;;;",
                "\"=HYPERLINK(\"\"http://jahat.example\"\";\"\"klik\"\")\";Kota Cimahi;KSDD;Wajib;;;;;;;",
                "Uji e-mail;Kota Cimahi;KSDD;Wajib;;;;;;a@b.id, c@d.id;",
                "J" + "a".repeat(300) + ";Kota Cimahi;KSDD;Wajib;;;;;;;",
                "Uji nomor;Kota Cimahi;KSDD;Wajib;UJI/GANDA/1;;;;;;",
                "Uji nomor lagi;Kota Cimahi;KSDD;Wajib;uji/ganda/1 ;;;;;;",
                "Uji ya tidak;Kota Cimahi;KSDD;Wajib;;mungkin;;;;;",
                "Uji teks;Kota Cimahi;KSDD;Wajib;;;;;;;Catatan \u202Egnudnab",
                "Uji baik;Kota Cimahi;KSDD;Sukarela;;Tidak;;;;;");
        long agreements = count("select count(*) from agreement");

        ImportPreview preview = preview(ImportKind.AGREEMENT, file);

        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems())
                .extracting(problem -> problem.row() + " " + problem.column() + ": " + problem.message())
                .containsExactly(
                        "2 Judul: Wajib diisi",
                        "3 Mitra: Mitra \"Kota Antah Berantah\" (ID) belum ada di register. Impor mitranya lebih"
                                + " dulu, atau periksa ejaannya.",
                        "4 Kategori: Bukan pilihan \"Kategori\" yang dikenal. Lihat lembar Pilihan di templat.",
                        "5 Ditandatangani: Tanggal ini tidak ada di kalender.",
                        "6 Mulai berlaku: Tanggal tidak dikenali. Tulis seperti 17/08/2019, 17-08-2019 atau"
                                + " 2019-08-17.",
                        "7 Berakhir: Tanggal berakhir tidak boleh sebelum tanggal mulai",
                        "8 Sifat: Kerja sama antardaerah (KSDD) harus wajib atau sukarela",
                        "9 Judul: Sel berisi rumus. Tempel sebagai nilai (Paste Special > Values), lalu unggah lagi.",
                        "10 E-mail narahubung: " + message(preview, 10),
                        "11 Judul: " + message(preview, 11),
                        "13 Nomor Pemkot Bandung: Sama dengan baris 12 di berkas ini.",
                        "14 Sudah ditandatangani: Tulis Ya atau Tidak.",
                        "15 Catatan: " + message(preview, 15));
        assertThat(message(preview, 15)).contains("U+202E");
        assertThat(preview.problems().get(12).value()).isEqualTo("Catatan [U+202E]gnudnab");
        assertThat(message(preview, 10)).isNotBlank();
        assertThat(message(preview, 11)).contains("300");
        assertThat(preview.problems().get(8).value()).isEqualTo("a@b.id, c@d.id");
        assertThat(preview.problems().get(9).value())
                .hasSize(ImportProblem.VALUE_SHOWN)
                .endsWith("…");
        assertThat(preview.rows())
                .filteredOn(row -> row.action() != Action.PROBLEM)
                .extracting(ImportPreview.Row::row)
                .containsExactly(12, 16);

        assertThatThrownBy(() -> commit(ImportKind.AGREEMENT, file, "masalah.csv"))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(count("select count(*) from agreement")).isEqualTo(agreements);
        assertThat(count("select count(*) from import_batch")).isZero();

        ImportPreview english = preview(ImportKind.AGREEMENT, file, Locale.ENGLISH);
        assertThat(english.problems().get(0).message()).isEqualTo("Required");
        assertThat(english.problems().get(3).message()).isEqualTo("This date does not exist.");
    }

    private static String message(ImportPreview preview, int row) {
        return preview.problems().stream()
                .filter(problem -> problem.row() == row)
                .map(ImportProblem::message)
                .collect(Collectors.joining("; "));
    }

    @Test
    void a_partner_already_in_the_register_is_matched_by_region_code_or_by_name_and_country() throws Exception {
        Long bandungBarat = jdbc.queryForObject("select id from partner where region_code = '32.17'", Long.class);
        Long cimahi = jdbc.queryForObject("select id from partner where region_code = '32.77'", Long.class);
        Long braunschweig = jdbc.queryForObject(
                "select id from partner where name = 'Braunschweig' and country = 'DE'", Long.class);
        Path file = ImportFiles.csv(
                "Nama,Jenis,Negara,Kode wilayah,Lintang,Bujur",
                "Kab. Bandung Barat,Kabupaten,,,,",
                "Nama lain,Kota,ID,32.77,,",
                "\"  KOTA   cimahi \",Kota,Indonesia,,,",
                "braunschweig,Kota luar negeri,Jerman,,,",
                "Kota Bogor,Kota,,,\"-6,5971\",\"106,8060\"",
                "Garut,Kabupaten,ID,,,",
                "Kabupaten Garut,Kota,ID,,,",
                "kota bogor,Kota,ID,,,",
                "Kota Baru Uji,Kota,ID,99.99,,");

        ImportPreview preview = preview(ImportKind.PARTNER, file);

        assertThat(preview.rows())
                .extracting(row -> row.row() + " " + row.action() + " " + row.matchedId() + " " + row.label())
                .containsExactly(
                        "2 MATCH " + bandungBarat + " Kabupaten Bandung Barat",
                        "3 MATCH " + cimahi + " Kota Cimahi",
                        "4 MATCH " + cimahi + " Kota Cimahi",
                        "5 MATCH " + braunschweig + " braunschweig",
                        "6 CREATE null Kota Bogor",
                        "7 CREATE null Kabupaten Garut",
                        "8 PROBLEM null Kabupaten Garut",
                        "9 PROBLEM null kota bogor",
                        "10 PROBLEM null Kota Baru Uji");
        assertThat(preview.problems())
                .extracting(problem -> problem.row() + " " + problem.column() + ": " + problem.message())
                .containsExactly(
                        "8 Nama: Nama ini tidak ada di daftar resmi Kemendagri untuk jenis mitra ini. Isi kolom"
                                + " Kode wilayah.",
                        "9 Nama: Sama dengan baris 6 di berkas ini.",
                        "10 Kode wilayah: " + message(preview, 10));
    }

    @Test
    void partners_imported_carry_their_official_code_name_province_and_coordinates() throws Exception {
        Path file = ImportFiles.csv(
                "Nama;Jenis;Kode wilayah;Berbatasan dengan Kota Bandung;Lintang;Bujur;Situs web",
                "Bogor;Kota;;Tidak;-6,5971;106,8060;https://kotabogor.go.id",
                "Kab. Garut;Kabupaten;32.05;ya;;;",
                "Universitas Uji Impor;Perguruan tinggi;;;;;");
        ImportPreview preview = preview(ImportKind.PARTNER, file);
        assertThat(preview.problems()).isEmpty();

        ImportBatchRow batch = commit(ImportKind.PARTNER, file, "mitra.csv");

        assertThat(jdbc.queryForList(
                        "select name || ' ' || kind || ' ' || country || ' ' || coalesce(province, '-') || ' '"
                                + " || coalesce(region_code, '-') || ' ' || borders_bandung || ' '"
                                + " || coalesce(latitude::text, '-') || ' ' || coalesce(longitude::text, '-')"
                                + " from partner where import_batch_id = ? order by id",
                        String.class,
                        batch.id()))
                .containsExactly(
                        "Kota Bogor CITY ID JAWA_BARAT 32.71 false -6.597100 106.806000",
                        "Kabupaten Garut REGENCY ID JAWA_BARAT 32.05 true - -",
                        "Universitas Uji Impor UNIVERSITY ID - - false - -");
        assertThat(preview(ImportKind.PARTNER, file).count(Action.MATCH)).isEqualTo(3);
    }

    @Test
    void the_last_batch_is_undone_while_its_records_are_unchanged_and_refused_once_one_changed() throws Exception {
        Path software = ImportFiles.csv(
                "Nama,Singkatan,Kategori,Direkomendasikan KPK",
                "Aplikasi Uji Impor Satu,AUI1,Kepegawaian,Ya",
                "Aplikasi Uji Impor Dua,,Keuangan,Tidak");
        ImportBatchRow first = commit(ImportKind.SOFTWARE, software, "aplikasi.csv");
        assertThat(SignIn.as(Roles.STAFF, () -> imports.lastBatch())).contains(first);

        ImportBatchRow undone = SignIn.as(Roles.STAFF, () -> imports.undo(first.id()));

        assertThat(undone.undone()).isTrue();
        assertThat(count("select count(*) from software where name like 'Aplikasi Uji Impor%'"))
                .isZero();
        assertThat(count("select count(*) from audit_event where record_type = 'Software' and action = 'DELETE'"
                        + " and summary like 'Aplikasi Uji Impor%'"))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from audit_event where record_type = 'ImportBatch'"
                                + " and action = 'IMPORT_UNDONE' and record_id = ?",
                        first.id()))
                .isEqualTo(1);
        assertThat(SignIn.as(Roles.STAFF, () -> imports.lastBatch())).isEmpty();
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> imports.undo(first.id())))
                .isInstanceOf(ImportRefusedException.class)
                .extracting(e -> ((ImportRefusedException) e).messageKey())
                .isEqualTo("import.undo.already");

        Path partnerFile = ImportFiles.csv("Nama,Jenis,Negara", "Lembaga Uji Impor,Lembaga luar negeri,JP");
        ImportBatchRow partnersBatch = commit(ImportKind.PARTNER, partnerFile, "mitra.csv");
        Long imported =
                jdbc.queryForObject("select id from partner where import_batch_id = ?", Long.class, partnersBatch.id());
        SignIn.as(Roles.STAFF, () -> {
            Partner partner = partners.find(imported).orElseThrow();
            partner.setNotes("Diubah setelah impor");
            return partners.save(partner);
        });
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> imports.undo(partnersBatch.id())))
                .isInstanceOf(ImportRefusedException.class)
                .extracting(e -> ((ImportRefusedException) e).messageKey())
                .isEqualTo("import.undo.changed");
        assertThat(count("select count(*) from partner where id = ?", imported)).isEqualTo(1);

        ImportBatchRow later = commit(ImportKind.SOFTWARE, software, "aplikasi-lagi.csv");
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> imports.undo(partnersBatch.id())))
                .isInstanceOf(ImportRefusedException.class)
                .extracting(e -> ((ImportRefusedException) e).messageKey())
                .isEqualTo("import.undo.not-last");

        // An adoption written since refers to the imported software: undoing would break it.
        Long softwareId = jdbc.queryForObject(
                "select id from software where import_batch_id = ? order by id limit 1", Long.class, later.id());
        Path adoption = ImportFiles.csv("Aplikasi,Mitra,Status", "AUI1,Kota Cimahi,Diadopsi");
        ImportBatchRow adoptions = commit(ImportKind.ADOPTION, adoption, "adopsi.csv");
        assertThat(count(
                        "select count(*) from adoption where import_batch_id = ? and software_id = ?",
                        adoptions.id(),
                        softwareId))
                .isEqualTo(1);
        assertThat(preview(ImportKind.ADOPTION, adoption).rows())
                .extracting(ImportPreview.Row::action)
                .containsExactly(Action.MATCH);
        SignIn.as(Roles.STAFF, () -> imports.undo(adoptions.id()));
        commit(ImportKind.ADOPTION, adoption, "adopsi-lagi.csv");
        jdbc.update("update import_batch set undone_at = now(), undone_by = 'uji' where id = (select max(id) from"
                + " import_batch)");
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> imports.undo(later.id())))
                .isInstanceOf(ImportRefusedException.class)
                .extracting(e -> ((ImportRefusedException) e).messageKey())
                .isEqualTo("import.undo.changed");
    }

    @Test
    void a_hostile_file_name_is_kept_without_its_folder_invisible_characters_or_excess_length() throws Exception {
        Path file = ImportFiles.csv("Nama,Jenis,Negara", "Lembaga Uji Nama Berkas,Lainnya,JP");
        String name = "C:\\Users\\staf\\Desktop\\<b>rekap\u202Evsc." + "x".repeat(400) + ".csv";

        ImportBatchRow batch = commit(ImportKind.PARTNER, file, name);

        assertThat(batch.fileName()).endsWith("xxx.csv").hasSize(255);
        assertThat(commit(ImportKind.PARTNER, file, "C:\\Users\\staf\\<b>rekap\u202Evsc.csv")
                        .fileName())
                .isEqualTo("<b>rekapvsc.csv");
        assertThat(batch.fileName()).doesNotContain("\u202E", "Desktop");
    }

    @Test
    void viewers_can_neither_preview_nor_commit() throws Exception {
        Path file = ImportFiles.csv("Nama,Jenis", "Lembaga Uji,Lainnya");
        assertThatThrownBy(() -> SignIn.as(
                        Roles.VIEWER,
                        () -> imports.preview(ImportKind.PARTNER, file, "x.csv", INDONESIAN, ImportProgress.NONE)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
