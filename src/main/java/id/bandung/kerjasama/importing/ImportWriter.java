package id.bandung.kerjasama.importing;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.audit.AuditAction;
import id.bandung.kerjasama.audit.AuditService;
import id.bandung.kerjasama.audit.AuditService.BulkEntry;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.software.Adoption;
import id.bandung.kerjasama.software.Software;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a checked import in the caller's transaction: the batch, its records in batches of statements (each naming
 * its batch), an agreement's fields, and the audit log's entries (one per record, as if created in its editor, and
 * the batch's own). Only {@link ImportService} calls it, after every row passed the records' own constraints.
 */
@Component
class ImportWriter {

    private static final int CHUNK = 1_000;

    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final Clock clock;

    ImportWriter(JdbcTemplate jdbc, AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The record type each import kind writes, as the audit log names it. */
    static String recordType(ImportKind kind) {
        return switch (kind) {
            case PARTNER -> Partner.RECORD_TYPE;
            case AGREEMENT -> Agreement.RECORD_TYPE;
            case SOFTWARE -> Software.RECORD_TYPE;
            case ADOPTION -> Adoption.RECORD_TYPE;
        };
    }

    /** The table each import kind writes. */
    static String table(ImportKind kind) {
        return switch (kind) {
            case PARTNER -> "partner";
            case AGREEMENT -> "agreement";
            case SOFTWARE -> "software";
            case ADOPTION -> "adoption";
        };
    }

    long write(ImportPreview preview, List<ImportRun.Prepared> prepared, String summary) {
        Timestamp now = Timestamp.from(clock.instant());
        String user = Actor.currentName();
        Long batch = jdbc.queryForObject(
                """
                insert into import_batch (kind, file_name, row_count, created_count, matched_count, created_at,
                    created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                preview.kind().name(),
                preview.fileName(),
                preview.rows().size(),
                prepared.size(),
                (int) preview.count(ImportPreview.Action.MATCH),
                now,
                user);
        List<BulkEntry> entries = new ArrayList<>(prepared.size());
        for (int start = 0; start < prepared.size(); start += CHUNK) {
            List<ImportRun.Prepared> chunk = prepared.subList(start, Math.min(prepared.size(), start + CHUNK));
            List<Long> ids = insert(preview.kind(), chunk, batch, now, user);
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(entry(chunk.get(i), ids.get(i)));
            }
            if (preview.kind() == ImportKind.AGREEMENT) {
                insertFields(chunk, ids);
            }
        }
        audit.recordBulk(recordType(preview.kind()), AuditAction.CREATE, entries);
        audit.recordBatch(ImportService.BATCH_RECORD_TYPE, batch, AuditAction.IMPORT, summary);
        return batch;
    }

    /** One column the import writes: its name, its SQL array type, and its value in a prepared row. */
    private record Column(String name, String type, Function<ImportRun.Prepared, Object> value) {}

    private static Column text(String name, Function<ImportRun.Prepared, Object> value) {
        return new Column(name, "text", value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static List<Column> columns(ImportKind kind) {
        return switch (kind) {
            case PARTNER ->
                List.of(
                        text("name", row -> partner(row).getName()),
                        text("kind", row -> name(partner(row).getKind())),
                        text("country", row -> partner(row).getCountry()),
                        text("province", row -> name(partner(row).getProvince())),
                        text("region_code", row -> partner(row).getRegionCode()),
                        new Column(
                                "borders_bandung",
                                "boolean",
                                row -> partner(row).isBordersBandung()),
                        new Column("latitude", "numeric", row -> partner(row).getLatitude()),
                        new Column("longitude", "numeric", row -> partner(row).getLongitude()),
                        text("website", row -> partner(row).getWebsite()),
                        text("contact", row -> partner(row).getContact()),
                        text("notes", row -> partner(row).getNotes()));
            case AGREEMENT ->
                List.of(
                        new Column("partner_id", "bigint", ImportRun.Prepared::partnerId),
                        text("category", row -> name(agreement(row).getCategory())),
                        text("obligation", row -> name(agreement(row).getObligation())),
                        text("document_kind", row -> name(agreement(row).getDocumentKind())),
                        text("title", row -> agreement(row).getTitle()),
                        text("bandung_number", row -> agreement(row).getBandungNumber()),
                        text("partner_number", row -> agreement(row).getPartnerNumber()),
                        new Column(
                                "signed_on", "date", row -> date(agreement(row).getSignedOn())),
                        new Column(
                                "start_on", "date", row -> date(agreement(row).getStartOn())),
                        new Column("end_on", "date", row -> date(agreement(row).getEndOn())),
                        new Column(
                                "terminated_on",
                                "date",
                                row -> date(agreement(row).getTerminatedOn())),
                        text("termination_reason", row -> agreement(row).getTerminationReason()),
                        text("notes", row -> agreement(row).getNotes()),
                        text("stage", row -> name(agreement(row).getStage())),
                        text("contact_name", row -> agreement(row).getContactName()),
                        text("contact_email", row -> agreement(row).getContactEmail()));
            case SOFTWARE ->
                List.of(
                        text("name", row -> software(row).getName()),
                        text("acronym", row -> software(row).getAcronym()),
                        text("description", row -> software(row).getDescription()),
                        text("category", row -> name(software(row).getCategory())),
                        text("owner_unit", row -> software(row).getOwnerUnit()),
                        new Column(
                                "kpk_recommended",
                                "boolean",
                                row -> software(row).isKpkRecommended()));
            case ADOPTION ->
                List.of(
                        new Column("partner_id", "bigint", ImportRun.Prepared::partnerId),
                        new Column("software_id", "bigint", ImportRun.Prepared::softwareId),
                        new Column("agreement_id", "bigint", ImportRun.Prepared::agreementId),
                        text("status", row -> name(adoption(row).getStatus())),
                        new Column("since", "date", row -> date(adoption(row).getSince())),
                        text("notes", row -> adoption(row).getNotes()));
        };
    }

    private static Partner partner(ImportRun.Prepared row) {
        return (Partner) row.record();
    }

    private static Agreement agreement(ImportRun.Prepared row) {
        return (Agreement) row.record();
    }

    private static Software software(ImportRun.Prepared row) {
        return (Software) row.record();
    }

    private static Adoption adoption(ImportRun.Prepared row) {
        return (Adoption) row.record();
    }

    /**
     * Inserts a chunk of records in one statement, each column an array ({@code unnest}), with ids taken from the
     * table's identity sequence first: one statement instead of a thousand, and each record's id known for its
     * fields and its audit entry.
     */
    private List<Long> insert(ImportKind kind, List<ImportRun.Prepared> rows, long batch, Timestamp now, String user) {
        String table = table(kind);
        List<Long> ids = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
                Long.class,
                table,
                rows.size());
        List<Column> columns = columns(kind);
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String sql = "insert into " + table + " (id, version, created_at, created_by, updated_at, updated_by, sample, "
                + "import_batch_id, " + names + ") select t.id, 0, ?, ?, ?, ?, false, ?, "
                + columns.stream().map(column -> "t." + column.name()).collect(Collectors.joining(", "))
                + " from unnest(?::bigint[], "
                + columns.stream().map(column -> "?::" + column.type() + "[]").collect(Collectors.joining(", "))
                + ") as t(id, " + names + ")";
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setTimestamp(1, now);
            statement.setString(2, user);
            statement.setTimestamp(3, now);
            statement.setString(4, user);
            statement.setLong(5, batch);
            statement.setArray(6, connection.createArrayOf("bigint", ids.toArray()));
            int index = 7;
            for (Column column : columns) {
                Object[] values = rows.stream().map(column.value()).toArray();
                statement.setArray(index++, connection.createArrayOf(column.type(), values));
            }
            return statement;
        });
        return ids;
    }

    private void insertFields(List<ImportRun.Prepared> rows, List<Long> ids) {
        List<Long> agreementIds = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (CooperationField field : agreement(rows.get(i)).getFields()) {
                agreementIds.add(ids.get(i));
                fields.add(field.name());
            }
        }
        if (!fields.isEmpty()) {
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(
                        "insert into agreement_field (agreement_id, field) select * from unnest(?::bigint[], ?::text[])");
                statement.setArray(1, connection.createArrayOf("bigint", agreementIds.toArray()));
                statement.setArray(2, connection.createArrayOf("text", fields.toArray()));
                return statement;
            });
        }
    }

    /**
     * The record's audit entry, as its editor would have written it; the records it refers to are named with their
     * ids, which the unsaved stand-ins the checks used do not have.
     */
    private static BulkEntry entry(ImportRun.Prepared row, long id) {
        var record = (id.bandung.kerjasama.base.domain.Auditable) row.record();
        Map<String, String> values = new LinkedHashMap<>(record.auditValues());
        if (row.record() instanceof Agreement agreement) {
            values.put("partner", agreement.getPartner().getName() + " (#" + row.partnerId() + ")");
        } else if (row.record() instanceof Adoption adoption) {
            values.put("partner", adoption.getPartner().getName() + " (#" + row.partnerId() + ")");
            values.put("software", adoption.getSoftware().getName() + " (#" + row.softwareId() + ")");
            if (row.agreementId() != null) {
                values.put("agreement", "#" + row.agreementId());
            }
        }
        return new BulkEntry(id, record.auditLabel(), values);
    }
}
