package id.bandung.kerjasama.monitoring;

import id.bandung.kerjasama.audit.AuditedWrites;
import id.bandung.kerjasama.base.domain.Actor;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.base.domain.UploadedFileName;
import id.bandung.kerjasama.security.Roles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring and evaluation of agreements: implementation reports (read by anyone signed in; written by staff, with
 * an audit trail) and their evidence files, PDF, JPEG or PNG recognised by content, at most 20 MB each, streamed
 * into PostgreSQL. A deleted agreement takes its reports with it, a deleted report its evidence.
 */
@Service
@Transactional(readOnly = true)
public class MonevService {

    public static final long EVIDENCE_MAX_BYTES = 20L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final MonevRepository repository;
    private final AuditedWrites writes;
    private final JdbcClient jdbc;
    private final Clock clock;

    MonevService(MonevRepository repository, AuditedWrites writes, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.writes = writes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An agreement's reports, the latest period first, each with its evidence files. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<MonevReportRow> reportsOf(long agreementId) {
        Map<Long, List<EvidenceInfo>> evidence = new LinkedHashMap<>();
        jdbc.sql("""
                        select e.report_id, e.id, e.file_name, e.content_type, e.size_bytes, e.uploaded_at, e.uploaded_by
                        from monev_evidence e join monev_report r on r.id = e.report_id
                        where r.agreement_id = :id order by e.id""")
                .param("id", agreementId)
                .query((row, number) -> Map.entry(
                        row.getLong(1),
                        new EvidenceInfo(
                                row.getLong(2),
                                row.getString(3),
                                row.getString(4),
                                row.getLong(5),
                                row.getTimestamp(6).toInstant(),
                                row.getString(7))))
                .list()
                .forEach(entry -> evidence.computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                        .add(entry.getValue()));
        return jdbc.sql("""
                        select id, period_from, period_to, activities, outputs, outcomes, obstacles, follow_up,
                               responsible_unit, person_in_charge, recommendation
                        from monev_report where agreement_id = :id order by period_to desc, id desc""")
                .param("id", agreementId)
                .query((row, number) -> new MonevReportRow(
                        row.getLong("id"),
                        row.getObject("period_from", LocalDate.class),
                        row.getObject("period_to", LocalDate.class),
                        row.getString("activities"),
                        row.getString("outputs"),
                        row.getString("outcomes"),
                        row.getString("obstacles"),
                        row.getString("follow_up"),
                        row.getString("responsible_unit"),
                        row.getString("person_in_charge"),
                        row.getString("recommendation") == null
                                ? null
                                : Recommendation.valueOf(row.getString("recommendation")),
                        evidence.getOrDefault(row.getLong("id"), List.of())))
                .list();
    }

    /** A report with its agreement, for the editor. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<MonevReport> find(long id) {
        return repository.findWithAgreement(id);
    }

    /** Creates or updates a report; its rules are the entity's ({@link MonevRules} and the field constraints). */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public MonevReport save(MonevReport report) {
        return writes.save(MonevReport.RECORD_TYPE, repository, report, Map.of());
    }

    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void delete(MonevReport report) {
        writes.delete(MonevReport.RECORD_TYPE, repository, report);
    }

    /**
     * Adds an evidence file to a saved report: a PDF, JPEG or PNG by its content, of at most 20 MB ({@code size} is
     * its exact length; the content is streamed into the database, never held whole).
     *
     * @throws EvidenceRejectedException when the file is empty, too large or of another kind
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public EvidenceInfo attach(long reportId, String fileName, InputStream content, long size) {
        if (size <= 0) {
            throw new EvidenceRejectedException("monev.evidence.empty");
        }
        if (size > EVIDENCE_MAX_BYTES) {
            throw new EvidenceRejectedException("monev.evidence.too-large");
        }
        InputStream in = new BufferedInputStream(content);
        String type = contentType(in);
        MonevReport report = repository.findById(reportId).orElseThrow(StaleRecordException::new);
        String name = cleanName(fileName, type);
        Long id = jdbc.sql("""
                        insert into monev_evidence (report_id, file_name, content_type, size_bytes, content,
                                                    uploaded_at, uploaded_by)
                        values (:report, :name, :type, :size, :content, :at, :by) returning id""")
                .param("report", reportId)
                .param("name", name)
                .param("type", type)
                .param("size", size)
                .param("content", new SqlBinaryValue(in, size))
                .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .param("by", Actor.currentName())
                .query(Long.class)
                .single();
        writes.recordChange(MonevReport.RECORD_TYPE, reportId, report.auditLabel(), "evidence", null, name);
        return evidence(id).orElseThrow();
    }

    /** An evidence file with its content. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<Evidence> read(long evidenceId) {
        return jdbc.sql("select file_name, content_type, content from monev_evidence where id = :id")
                .param("id", evidenceId)
                .query((row, number) -> new Evidence(row.getString(1), row.getString(2), row.getBytes(3)))
                .optional();
    }

    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void removeEvidence(long evidenceId) {
        evidence(evidenceId).ifPresent(info -> {
            Long reportId = jdbc.sql("delete from monev_evidence where id = :id returning report_id")
                    .param("id", evidenceId)
                    .query(Long.class)
                    .single();
            MonevReport report = repository.findById(reportId).orElseThrow(StaleRecordException::new);
            writes.recordChange(
                    MonevReport.RECORD_TYPE, reportId, report.auditLabel(), "evidence", info.fileName(), null);
        });
    }

    private Optional<EvidenceInfo> evidence(long id) {
        return jdbc.sql("""
                        select id, file_name, content_type, size_bytes, uploaded_at, uploaded_by
                        from monev_evidence where id = :id""")
                .param("id", id)
                .query((row, number) -> new EvidenceInfo(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getLong(4),
                        row.getTimestamp(5).toInstant(),
                        row.getString(6)))
                .optional();
    }

    /** The type the content starts like; the stream must support mark and is reset. */
    static String contentType(InputStream content) {
        try {
            content.mark(PNG.length);
            byte[] head = content.readNBytes(PNG.length);
            content.reset();
            if (startsWith(head, PDF)) {
                return "application/pdf";
            } else if (startsWith(head, JPEG)) {
                return "image/jpeg";
            } else if (startsWith(head, PNG)) {
                return "image/png";
            }
            throw new EvidenceRejectedException("monev.evidence.kind");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    /** The file's own name, cleaned ({@link UploadedFileName}), with its type's ending. */
    static String cleanName(String uploaded, String type) {
        return switch (type) {
            case "image/jpeg" -> UploadedFileName.clean(uploaded, "bukti", ".jpg", ".jpeg");
            case "image/png" -> UploadedFileName.clean(uploaded, "bukti", ".png");
            default -> UploadedFileName.clean(uploaded, "bukti", ".pdf");
        };
    }

    /** A stored evidence file. */
    public record Evidence(String fileName, String contentType, byte[] content) {}
}
