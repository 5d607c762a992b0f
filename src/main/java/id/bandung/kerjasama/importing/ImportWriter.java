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
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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

    private List<Long> insert(ImportKind kind, List<ImportRun.Prepared> rows, long batch, Timestamp now, String user) {
        String columns;
        int count;
        switch (kind) {
            case PARTNER -> {
                columns = "name, kind, country, province, region_code, borders_bandung, latitude, longitude, "
                        + "website, contact, notes";
                count = 11;
            }
            case AGREEMENT -> {
                columns = "partner_id, category, obligation, document_kind, title, bandung_number, partner_number, "
                        + "signed_on, start_on, end_on, terminated_on, termination_reason, notes, stage, "
                        + "contact_name, contact_email";
                count = 16;
            }
            case SOFTWARE -> {
                columns = "name, acronym, description, category, owner_unit, kpk_recommended";
                count = 6;
            }
            case ADOPTION -> {
                columns = "partner_id, software_id, agreement_id, status, since, notes";
                count = 6;
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        String sql = "insert into " + table(kind) + " (version, created_at, created_by, updated_at, updated_by, "
                + "sample, import_batch_id, " + columns + ") values (0, ?, ?, ?, ?, false, ?"
                + ", ?".repeat(count) + ")";
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(
                connection -> connection.prepareStatement(sql, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        statement.setTimestamp(1, now);
                        statement.setString(2, user);
                        statement.setTimestamp(3, now);
                        statement.setString(4, user);
                        statement.setLong(5, batch);
                        values(statement, 6, rows.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                },
                keys);
        List<Long> ids = new ArrayList<>(rows.size());
        for (Map<String, Object> key : keys.getKeyList()) {
            ids.add(((Number) key.get("id")).longValue());
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("Expected " + rows.size() + " generated ids, got " + ids.size());
        }
        return ids;
    }

    private static void values(PreparedStatement s, int first, ImportRun.Prepared row) throws SQLException {
        int i = first;
        Object record = row.record();
        if (record instanceof Partner p) {
            s.setString(i++, p.getName());
            s.setString(i++, p.getKind().name());
            s.setString(i++, p.getCountry());
            s.setString(i++, p.getProvince() == null ? null : p.getProvince().name());
            s.setString(i++, p.getRegionCode());
            s.setBoolean(i++, p.isBordersBandung());
            s.setBigDecimal(i++, p.getLatitude());
            s.setBigDecimal(i++, p.getLongitude());
            s.setString(i++, p.getWebsite());
            s.setString(i++, p.getContact());
            s.setString(i, p.getNotes());
        } else if (record instanceof Agreement a) {
            s.setLong(i++, row.partnerId());
            s.setString(i++, a.getCategory().name());
            s.setString(
                    i++, a.getObligation() == null ? null : a.getObligation().name());
            s.setString(
                    i++,
                    a.getDocumentKind() == null ? null : a.getDocumentKind().name());
            s.setString(i++, a.getTitle());
            s.setString(i++, a.getBandungNumber());
            s.setString(i++, a.getPartnerNumber());
            date(s, i++, a.getSignedOn());
            date(s, i++, a.getStartOn());
            date(s, i++, a.getEndOn());
            date(s, i++, a.getTerminatedOn());
            s.setString(i++, a.getTerminationReason());
            s.setString(i++, a.getNotes());
            s.setString(i++, a.getStage().name());
            s.setString(i++, a.getContactName());
            s.setString(i, a.getContactEmail());
        } else if (record instanceof Software w) {
            s.setString(i++, w.getName());
            s.setString(i++, w.getAcronym());
            s.setString(i++, w.getDescription());
            s.setString(i++, w.getCategory().name());
            s.setString(i++, w.getOwnerUnit());
            s.setBoolean(i, w.isKpkRecommended());
        } else if (record instanceof Adoption d) {
            s.setLong(i++, row.partnerId());
            s.setLong(i++, row.softwareId());
            if (row.agreementId() == null) {
                s.setNull(i++, Types.BIGINT);
            } else {
                s.setLong(i++, row.agreementId());
            }
            s.setString(i++, d.getStatus().name());
            date(s, i++, d.getSince());
            s.setString(i, d.getNotes());
        } else {
            throw new IllegalArgumentException(String.valueOf(record));
        }
    }

    private static void date(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    private void insertFields(List<ImportRun.Prepared> rows, List<Long> ids) {
        List<Object[]> fields = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (CooperationField field : ((Agreement) rows.get(i).record()).getFields()) {
                fields.add(new Object[] {ids.get(i), field.name()});
            }
        }
        if (!fields.isEmpty()) {
            jdbc.batchUpdate("insert into agreement_field (agreement_id, field) values (?, ?)", fields);
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
