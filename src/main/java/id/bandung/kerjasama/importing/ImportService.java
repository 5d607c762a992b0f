package id.bandung.kerjasama.importing;

import com.vaadin.flow.i18n.I18NProvider;
import id.bandung.kerjasama.audit.AuditAction;
import id.bandung.kerjasama.audit.AuditService;
import id.bandung.kerjasama.audit.AuditService.BulkEntry;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.base.domain.UploadedFileName;
import id.bandung.kerjasama.base.domain.ViolationMessages;
import id.bandung.kerjasama.partner.RegionQueries;
import id.bandung.kerjasama.security.Roles;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import from the section's spreadsheets (issue 14): a template per record type, a preview of what a file would
 * do, the commit of a whole file in one transaction as one audited batch, and undoing the last batch while none of
 * its records has been changed since. Every check a record's editor applies is its entity's constraint, applied here
 * to each row; matches against the register are read in one query per kind. Staff only. Decision 026.
 */
@Service
@PreAuthorize(Roles.CAN_EDIT)
@Transactional(readOnly = true)
public class ImportService {

    /** The audit log's record type of a batch's own entries. */
    public static final String BATCH_RECORD_TYPE = "ImportBatch";

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final JdbcClient jdbc;
    private final RegionQueries regions;
    private final I18NProvider translations;
    private final ImportWriter writer;
    private final AuditService audit;
    private final Clock clock;

    ImportService(
            JdbcClient jdbc,
            RegionQueries regions,
            I18NProvider translations,
            ImportWriter writer,
            AuditService audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.translations = translations;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /** The template of a record type: Indonesian headers, one example row, and a sheet of the allowed values. */
    public void writeTemplate(ImportKind kind, OutputStream out) throws IOException {
        ImportTemplate.write(kind, lookups(), out);
    }

    /**
     * What the file would do, without writing anything: each row's outcome and every problem, in {@code locale}.
     * A file that cannot be read at all is refused with {@link ImportFileException}.
     */
    public ImportPreview preview(ImportKind kind, Path file, String fileName, Locale locale, ImportProgress progress) {
        return read(kind, file, fileName, locale, progress).preview;
    }

    /**
     * Writes the file's new records, all or none, as one batch: the file is read and checked again first (the
     * register may have changed since its preview). Refused with {@link ImportRejectedException} when a row has a
     * problem, and with {@link ImportRefusedException} when the database refuses a write (nothing is kept then).
     */
    @Transactional
    public ImportBatchRow commit(ImportKind kind, Path file, String fileName, Locale locale, ImportProgress progress) {
        lockImports();
        Reading reading = read(kind, file, fileName, locale, progress);
        if (!reading.preview.importable()) {
            throw new ImportRejectedException(reading.preview);
        }
        ImportPreview preview = reading.preview;
        String summary = String.format(
                "%s · %s baris: %s baru, %s sudah ada",
                preview.fileName(),
                number(preview.rows().size()),
                number(reading.run.prepared().size()),
                number(preview.count(ImportPreview.Action.MATCH)));
        try {
            long batch = writer.write(preview, reading.run.prepared(), summary);
            return batch(batch).orElseThrow();
        } catch (DataAccessException e) {
            throw new ImportRefusedException("import.commit.refused");
        }
    }

    /** The last batch that can still be undone, if any. */
    public Optional<ImportBatchRow> lastBatch() {
        return jdbc.sql(BATCH_SELECT + " where undone_at is null order by id desc limit 1")
                .query(ImportService::batchRow)
                .optional();
    }

    /** The most recent batches, newest first, undone ones included. */
    public List<ImportBatchRow> recentBatches(int limit) {
        return jdbc.sql(BATCH_SELECT + " order by id desc limit :limit")
                .param("limit", Math.max(0, limit))
                .query(ImportService::batchRow)
                .list();
    }

    /**
     * Removes the records of the last batch, as one change: refused ({@link ImportRefusedException}) when it is not
     * the last batch, was undone already, or when any of its records was changed or is referred to by a record
     * written since (an agreement of an imported partner, a report or a document of an imported agreement).
     */
    @Transactional
    public ImportBatchRow undo(long batchId) {
        lockImports();
        ImportBatchRow batch = jdbc.sql(BATCH_SELECT + " where id = :id for update")
                .param("id", batchId)
                .query(ImportService::batchRow)
                .optional()
                .orElseThrow(() -> new ImportRefusedException("import.undo.gone"));
        if (batch.undone()) {
            throw new ImportRefusedException("import.undo.already");
        }
        if (lastBatch().map(last -> last.id() != batchId).orElse(true)) {
            throw new ImportRefusedException("import.undo.not-last");
        }
        String table = ImportWriter.table(batch.kind());
        long changed = jdbc.sql(ImportUndo.changedSql(batch.kind()))
                .param("batch", batchId)
                .query(Long.class)
                .single();
        if (changed > 0) {
            throw new ImportRefusedException("import.undo.changed", number(changed));
        }
        List<BulkEntry> removed = jdbc.sql(ImportUndo.labelsSql(batch.kind()))
                .param("batch", batchId)
                .query((row, n) -> new BulkEntry(row.getLong(1), row.getString(2), java.util.Map.of()))
                .list();
        try {
            audit.recordBulk(ImportWriter.recordType(batch.kind()), AuditAction.DELETE, removed);
            jdbc.sql("delete from " + table + " where import_batch_id = :batch")
                    .param("batch", batchId)
                    .update();
        } catch (DataAccessException e) {
            throw new ImportRefusedException("import.undo.changed", number(1));
        }
        jdbc.sql("update import_batch set undone_at = :at, undone_by = :by where id = :id")
                .param("at", Timestamp.from(clock.instant()))
                .param("by", Actor.currentName())
                .param("id", batchId)
                .update();
        audit.recordBatch(
                BATCH_RECORD_TYPE,
                batchId,
                AuditAction.IMPORT_UNDONE,
                String.format("%s · %s catatan dihapus", batch.fileName(), number(removed.size())));
        return batch(batchId).orElseThrow();
    }

    // ---- reading ----

    private record Reading(ImportRun run, ImportPreview preview) {}

    private Reading read(ImportKind kind, Path file, String uploadedName, Locale locale, ImportProgress progress) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        ImportRun run = new ImportRun(kind, lookups(), ViolationMessages.FACTORY.getValidator(), messages(language));
        SheetReader.Format format = SheetReader.read(file, run, progress::rows);
        String fileName = UploadedFileName.clean(
                uploadedName, "berkas", format == SheetReader.Format.XLSX ? ".xlsx" : ".csv", ".txt", ".tsv");
        String notice = format == SheetReader.Format.CSV_WINDOWS_1252
                ? translations.getTranslation("import.notice.windows-1252", language)
                : null;
        return new Reading(run, run.preview(fileName, notice));
    }

    private ImportLookups lookups() {
        return new ImportLookups(jdbc, regions.all(), translations::getTranslation);
    }

    private ImportRun.Messages messages(Locale locale) {
        return new ImportRun.Messages() {
            @Override
            public String text(String key, Object... arguments) {
                return translations.getTranslation(key, locale, arguments);
            }

            @Override
            public String violation(ConstraintViolation<?> violation) {
                return ViolationMessages.of(violation, locale);
            }
        };
    }

    /** One import or undo at a time, on any number of app nodes: "the last batch" then means one thing. */
    private void lockImports() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('kerjasama.import'))")
                .query()
                .singleValue();
    }

    private static final String BATCH_SELECT = """
            select id, kind, file_name, row_count, created_count, matched_count, created_at, created_by, undone_at,
                   undone_by
            from import_batch""";

    private Optional<ImportBatchRow> batch(long id) {
        return jdbc.sql(BATCH_SELECT + " where id = :id")
                .param("id", id)
                .query(ImportService::batchRow)
                .optional();
    }

    private static ImportBatchRow batchRow(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        Timestamp undone = row.getTimestamp(9);
        return new ImportBatchRow(
                row.getLong(1),
                ImportKind.valueOf(row.getString(2)),
                row.getString(3),
                row.getInt(4),
                row.getInt(5),
                row.getInt(6),
                row.getTimestamp(7).toInstant(),
                row.getString(8),
                undone == null ? null : undone.toInstant(),
                row.getString(10));
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(INDONESIAN).format(value);
    }
}
