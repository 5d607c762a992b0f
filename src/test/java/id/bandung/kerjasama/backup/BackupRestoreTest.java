package id.bandung.kerjasama.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.agreement.AgreementFilter;
import id.bandung.kerjasama.agreement.AgreementQueries;
import id.bandung.kerjasama.agreement.DocumentService;
import id.bandung.kerjasama.agreement.Pdfs;
import id.bandung.kerjasama.database.FreshDatabase;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.SignIn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backup, then restore into a database of its own: every table's rows and every document's bytes come back as they
 * were; a damaged or mismatched archive, or a target that is not empty, is refused with nothing written.
 */
@CommittingTest
class BackupRestoreTest {

    /** One empty target for the refusals: each must leave it empty. */
    private static FreshDatabase emptyTarget;

    @Autowired
    BackupService backups;

    @Autowired
    DocumentService documents;

    @Autowired
    AgreementQueries agreements;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @BeforeAll
    static void startTarget() {
        emptyTarget = FreshDatabase.migrated();
    }

    @AfterAll
    static void stopTarget() throws IOException {
        emptyTarget.close();
    }

    @Test
    void a_restored_database_holds_every_table_and_document_as_it_was() throws Exception {
        long agreementId = SignIn.as(
                        Roles.STAFF,
                        () -> agreements
                                .list(AgreementFilter.empty(), PageRequest.of(0, 1))
                                .get(0))
                .id();
        byte[] pdf = Pdfs.minimal("Naskah kerja sama yang ditandatangani");
        SignIn.as(
                Roles.STAFF,
                () -> documents.attach(agreementId, "naskah.pdf", new ByteArrayInputStream(pdf), pdf.length));
        try {
            Map<String, String> before = contents(jdbc);

            BackupRun run = SignIn.as(Roles.ADMIN, backups::backUpNow);
            assertThat(run.succeeded()).as(run.message()).isTrue();
            assertThat(run.available()).isTrue();
            assertThat(run.rowCount()).isEqualTo(rowsIn(before));
            Path archive = Archives.copy(backups, run, folder);

            try (FreshDatabase target = FreshDatabase.migrated()) {
                ArchiveRestore.Restored restored = ArchiveRestore.restore(target.dataSource(), archive);

                assertThat(contents(target.jdbc())).isEqualTo(before);
                assertThat(restored.manifest().totalRows()).isEqualTo(rowsIn(before));
                byte[] restoredPdf = target.jdbc()
                        .queryForObject(
                                "select content from agreement_document where agreement_id = ?",
                                byte[].class,
                                agreementId);
                assertThat(restoredPdf).isEqualTo(pdf);
                // New records continue after the restored ones.
                long highest = target.jdbc().queryForObject("select max(id) from partner", Long.class);
                long next = target.jdbc()
                        .queryForObject("select nextval(pg_get_serial_sequence('partner', 'id'))", Long.class);
                assertThat(next).isGreaterThan(highest);
            }
        } finally {
            SignIn.as(Roles.STAFF, () -> documents.remove(agreementId));
        }
    }

    @Test
    void a_truncated_archive_is_refused_and_the_target_stays_empty() throws Exception {
        byte[] whole = Files.readAllBytes(Archives.backUp(backups, folder));
        Path truncated = folder.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));

        assertRefused(truncated, "not a complete ZIP archive");
    }

    @Test
    void an_archive_with_an_edited_table_is_refused_and_the_target_stays_empty() throws Exception {
        Path edited = rewrite(
                Archives.backUp(backups, folder), "tables/partner.csv", csv -> csv.replaceFirst("Cimahi", "Cimahx"));

        assertRefused(edited, "tables/partner.csv in the archive is not what was backed up");
    }

    @Test
    void an_archive_of_another_schema_version_is_refused_and_the_target_stays_empty() throws Exception {
        Path other = rewrite(
                Archives.backUp(backups, folder),
                BackupManifest.FILE_NAME,
                json -> json.replaceFirst("\"schemaVersion\" : \"\\d+\"", "\"schemaVersion\" : \"7\""));

        assertRefused(other, "The archive is of schema version 7");
    }

    @Test
    void a_file_that_is_no_backup_is_refused() throws Exception {
        Path notBackup = folder.resolve("notes.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(notBackup))) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("=cmd|' /C calc'!A0".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertRefused(notBackup, "The archive has no manifest.json");
    }

    @Test
    void a_database_that_holds_records_is_not_restored_into() throws Exception {
        Path archive = Archives.backUp(backups, folder);
        Map<String, String> before = contents(jdbc);

        assertThatThrownBy(() -> ArchiveRestore.restore(dataSource, archive))
                .isInstanceOf(ArchiveRestore.RefusedException.class)
                .hasMessageContaining("The target database is not empty");
        assertThat(contents(jdbc)).isEqualTo(before);
    }

    private void assertRefused(Path archive, String reason) {
        assertThatThrownBy(() -> ArchiveRestore.restore(emptyTarget.dataSource(), archive))
                .isInstanceOf(ArchiveRestore.RefusedException.class)
                .hasMessageContaining(reason);
        assertThat(rowsIn(contents(emptyTarget.jdbc()))).isZero();
    }

    /** The archive with one entry's text changed, everything else (the manifest included) as it was. */
    private Path rewrite(Path archive, String entryName, UnaryOperator<String> change) throws IOException {
        Path rewritten = folder.resolve("rewritten-" + archive.getFileName());
        try (ZipFile zip = new ZipFile(archive.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                if (entry.getName().equals(entryName)) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    String changed = change.apply(text);
                    assertThat(changed).isNotEqualTo(text);
                    content = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return rewritten;
    }

    /** Per table of the app: its row count and a digest of all its rows' text, in a stable order. */
    private static Map<String, String> contents(JdbcTemplate database) {
        List<String> tables = database.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name <> 'flyway_schema_history'
                order by table_name""", String.class);
        Map<String, String> contents = new LinkedHashMap<>();
        for (String table : tables) {
            if (AppTables.REFERENCE_TABLES.contains(table)) {
                continue; // filled by a migration in every database, never part of a backup
            }
            contents.put(
                    table,
                    database.queryForObject(
                            "select count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '')"
                                    + " from " + table + " t",
                            String.class));
        }
        return contents;
    }

    private static long rowsIn(Map<String, String> contents) {
        return contents.values().stream()
                .mapToLong(value -> Long.parseLong(value.substring(0, value.indexOf(' '))))
                .sum();
    }
}
