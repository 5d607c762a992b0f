package id.bandung.kerjasama.security;

import id.bandung.kerjasama.base.domain.ListSql;
import id.bandung.kerjasama.base.domain.StablePages;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the user list shows, read with SQL: each account with the recent failed sign-ins counting against its
 * username, in one query per page. Only administrators see accounts.
 */
@Service
@Transactional(readOnly = true)
public class UserAccountQueries {

    /** Creation order, as the list showed accounts before it sorted them. */
    private static final Sort DEFAULT_SORT = Sort.by("id");
    /** The grid's sort properties and the columns they sort by; nothing else reaches the SQL. */
    private static final Map<String, String> SORTABLE = Map.of(
            "username", "u.username",
            "displayName", "u.display_name",
            "role", "u.role",
            "createdAt", "u.created_at",
            "id", "u.id");

    private final JdbcClient jdbc;
    private final SecurityProperties properties;

    UserAccountQueries(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** One page of accounts, each with the failures {@link SignInThrottle} still counts against its username. */
    @PreAuthorize(Roles.ADMIN_ONLY)
    public List<UserAccountRow> list(Pageable pageable) {
        Pageable page = StablePages.of(pageable, DEFAULT_SORT);
        return jdbc.sql("""
                        select u.id, u.username, u.display_name, u.role, u.enabled, u.created_at,
                               coalesce(t.failures, 0) as failures
                        from user_account u
                        left join sign_in_throttle t on t.throttle_key = :keyPrefix || u.username
                            and t.last_failure_at > now() - cast(:window as interval)""" + ListSql.orderAndLimit(page, SORTABLE))
                .param("keyPrefix", SignInThrottle.USERNAME_KEY_PREFIX)
                .param("window", properties.throttleWindow().toSeconds() + " seconds")
                .params(ListSql.limit(page))
                .query(UserAccountQueries::row)
                .list();
    }

    private static UserAccountRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new UserAccountRow(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                Roles.Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("failures"));
    }
}
