package id.bandung.kerjasama.presentation;

import id.bandung.kerjasama.base.domain.ListSql;
import id.bandung.kerjasama.base.domain.StablePages;
import id.bandung.kerjasama.security.Roles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the display-link list shows, read with SQL; only administrators see it. Newest first unless sorted. */
@Service
@Transactional(readOnly = true)
public class DisplayLinkQueries {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "createdAt", "id");
    /** The grid's sort properties and the columns they sort by; nothing else reaches the SQL. */
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "d.name",
            "expiresAt", "d.expires_at",
            "createdAt", "d.created_at",
            "lastOpenedAt", "d.last_opened_at",
            "id", "d.id");

    private static final String ROW_COLUMNS =
            "d.id, d.name, d.created_by, d.created_at, d.expires_at, d.revoked_at, d.last_opened_at";

    private final JdbcClient jdbc;

    DisplayLinkQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the links, without counting (the list counts separately). */
    @PreAuthorize(Roles.ADMIN_ONLY)
    public List<DisplayLinkRow> list(Pageable pageable) {
        Pageable page = StablePages.of(pageable, DEFAULT_SORT);
        return jdbc.sql("select " + ROW_COLUMNS + " from display_link d" + ListSql.orderAndLimit(page, SORTABLE))
                .params(ListSql.limit(page))
                .query(DisplayLinkQueries::row)
                .list();
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    public long count() {
        return jdbc.sql("select count(*) from display_link").query(Long.class).single();
    }

    private static DisplayLinkRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new DisplayLinkRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("last_opened_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
