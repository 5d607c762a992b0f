package id.bandung.kerjasama.software;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the software and adoption queries share: a client that streams exports, and a page's order in SQL. */
final class ListSql {

    /** Rows PostgreSQL sends at a time while an export streams (a cursor, inside the read-only transaction). */
    static final int FETCH_SIZE = 1_000;

    private ListSql() {}

    static JdbcClient client(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        return JdbcClient.create(template);
    }

    /**
     * {@code order by ... limit :limit offset :offset} for a page whose order ends with the id
     * ({@link id.bandung.kerjasama.base.domain.StablePages}); grid sort properties map to columns through
     * {@code columns}, and any other is refused, so no text from the client reaches the SQL.
     */
    static String orderAndLimit(Pageable page, Map<String, String> columns) {
        return page.getSort().stream()
                        .map(order -> {
                            String column = columns.get(order.getProperty());
                            if (column == null) {
                                throw new IllegalArgumentException("Not a sortable column: " + order.getProperty());
                            }
                            return column + (order.isAscending() ? " asc" : " desc");
                        })
                        .collect(Collectors.joining(", ", " order by ", ""))
                + " limit :limit offset :offset";
    }

    static Map<String, Object> limit(Pageable page) {
        return Map.of("limit", page.getPageSize(), "offset", page.getOffset());
    }

    /** A filter's conditions with their named parameters. */
    static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();

        Where and(String condition, String parameter, Object value) {
            conditions.add(condition);
            params.put(parameter, value);
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        Map<String, Object> params() {
            return params;
        }
    }
}
