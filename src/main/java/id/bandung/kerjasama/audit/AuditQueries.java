package id.bandung.kerjasama.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bandung.kerjasama.base.domain.ClockConfig;
import id.bandung.kerjasama.base.domain.ListSql;
import id.bandung.kerjasama.base.domain.StablePages;
import id.bandung.kerjasama.security.Roles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the audit log and a record's history show, read with SQL. Only administrators search the log; anyone signed
 * in may read one record's history. Every filter and sortable column is served by an index of V001/V002 (record
 * type and id, time, user and time, type and time).
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "occurredAt", "id");
    /** The grid's sort properties and the columns they sort by; nothing else reaches the SQL. */
    private static final Map<String, String> SORTABLE = Map.of(
            "occurredAt", "e.occurred_at",
            "username", "e.username",
            "action", "e.action",
            "recordType", "e.record_type",
            "id", "e.id");

    private static final String ROW_COLUMNS =
            "e.id, e.occurred_at, e.username, e.record_type, e.record_id, e.action, e.summary, e.changes";
    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<AuditRow.Change>> CHANGES = new TypeReference<>() {};

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the filtered log, newest first unless the grid sorts otherwise (the log counts separately). */
    @PreAuthorize(Roles.ADMIN_ONLY)
    public List<AuditRow> list(AuditFilter filter, Pageable pageable) {
        Pageable page = StablePages.of(pageable, DEFAULT_SORT);
        ListSql.Where where = where(filter);
        return jdbc.sql("select " + ROW_COLUMNS + " from audit_event e" + where.sql()
                        + ListSql.orderAndLimit(page, SORTABLE))
                .params(where.params())
                .params(ListSql.limit(page))
                .query(AuditQueries::row)
                .list();
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    public long count(AuditFilter filter) {
        ListSql.Where where = where(filter);
        return jdbc.sql("select count(*) from audit_event e" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** One record's history, newest first. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<AuditRow> history(String recordType, long recordId) {
        return jdbc.sql("select " + ROW_COLUMNS + " from audit_event e"
                        + " where e.record_type = :recordType and e.record_id = :recordId"
                        + " order by e.occurred_at desc, e.id desc")
                .param("recordType", recordType)
                .param("recordId", recordId)
                .query(AuditQueries::row)
                .list();
    }

    /** Everyone the log names, for the user filter. */
    @PreAuthorize(Roles.ADMIN_ONLY)
    public List<String> usernames() {
        return jdbc.sql("select distinct e.username from audit_event e order by e.username")
                .query(String.class)
                .list();
    }

    /** Every record type the log names, for the type filter. */
    @PreAuthorize(Roles.ADMIN_ONLY)
    public List<String> recordTypes() {
        return jdbc.sql("select distinct e.record_type from audit_event e order by e.record_type")
                .query(String.class)
                .list();
    }

    private static AuditRow row(ResultSet rs, int rowNumber) throws SQLException {
        long recordId = rs.getLong("record_id");
        boolean noRecord = rs.wasNull();
        return new AuditRow(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("username"),
                rs.getString("record_type"),
                noRecord ? null : recordId,
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("summary"),
                changes(rs.getString("changes")));
    }

    private static List<AuditRow.Change> changes(String json) {
        try {
            return List.copyOf(JSON.readValue(json, CHANGES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit event's changes are not the JSON they were written as", e);
        }
    }

    /** A filter as SQL conditions; a period runs from the start of its first day to the end of its last in Bandung. */
    private static ListSql.Where where(AuditFilter filter) {
        ListSql.Where where = new ListSql.Where();
        if (filter.username() != null) {
            where.and("e.username = :username", "username", filter.username());
        }
        if (filter.recordType() != null) {
            where.and("e.record_type = :recordType", "recordType", filter.recordType());
        }
        if (filter.recordId() != null) {
            where.and("e.record_id = :recordId", "recordId", filter.recordId());
        }
        if (filter.from() != null) {
            where.and("e.occurred_at >= :from", "from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.and("e.occurred_at < :to", "to", startOf(filter.to().plusDays(1)));
        }
        return where;
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ClockConfig.BANDUNG).toInstant());
    }
}
