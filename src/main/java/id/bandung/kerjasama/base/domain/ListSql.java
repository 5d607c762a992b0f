package id.bandung.kerjasama.base.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every feature's query class shares: a client that streams exports, a page's order and limit in SQL, and a
 * filter's conditions with their named parameters.
 */
public final class ListSql {

    /** Rows PostgreSQL sends at a time while an export streams (a cursor, inside the read-only transaction). */
    public static final int FETCH_SIZE = 1_000;

    private ListSql() {}

    public static JdbcClient streamingClient(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        return JdbcClient.create(template);
    }

    /**
     * {@code order by ... limit :limit offset :offset} for a page whose order ends with the id
     * ({@link StablePages}); grid sort properties map to columns through
     * {@code columns}, and any other is refused, so no text from the client reaches the SQL.
     */
    public static String orderAndLimit(Pageable page, Map<String, String> columns) {
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

    public static Map<String, Object> limit(Pageable page) {
        return Map.of("limit", page.getPageSize(), "offset", page.getOffset());
    }

    /** A filter's conditions with their named parameters. */
    public static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();

        /** A condition whose parameters are set with {@link #param} (or that has none). */
        public Where and(String condition) {
            conditions.add(condition);
            return this;
        }

        public Where param(String parameter, Object value) {
            params.put(parameter, value);
            return this;
        }

        public Where and(String condition, String parameter, Object value) {
            conditions.add(condition);
            params.put(parameter, value);
            return this;
        }

        public String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        public Map<String, Object> params() {
            return params;
        }
    }
}
