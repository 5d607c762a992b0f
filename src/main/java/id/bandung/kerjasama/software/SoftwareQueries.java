package id.bandung.kerjasama.software;

import id.bandung.kerjasama.base.domain.ListSql;
import id.bandung.kerjasama.base.domain.StablePages;
import id.bandung.kerjasama.base.domain.TextSearch;
import id.bandung.kerjasama.security.Roles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The software list, its export and the software picker, read in SQL; anyone signed in may read them. */
@Service
@Transactional(readOnly = true)
public class SoftwareQueries {

    /** Grid sort properties and the columns they sort by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "s.name",
            "acronym", "s.acronym",
            "category", "s.category",
            "ownerUnit", "s.owner_unit",
            "kpkRecommended", "s.kpk_recommended",
            "updatedAt", "s.updated_at",
            "id", "s.id");

    private static final Sort BY_NAME = Sort.by("name");

    /** Each application with the number of partners that adopted it, from the counts PostgreSQL keeps (V003). */
    private static final String ROWS = """
            select s.id, s.name, s.acronym, s.category, s.owner_unit, s.kpk_recommended, s.description, s.sample,
                   s.updated_at, coalesce(c.adoptions, 0) as adopted_by
            from software s
            left join adoption_count_by_software c on c.software_id = s.id and c.status = 'ADOPTED'""";

    private final JdbcClient jdbc;

    SoftwareQueries(DataSource dataSource) {
        this.jdbc = ListSql.streamingClient(dataSource);
    }

    /** One page of the filtered list, by name unless the page says otherwise. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<SoftwareRow> list(SoftwareFilter filter, Pageable pageable) {
        Pageable page = StablePages.of(pageable, BY_NAME);
        ListSql.Where where = where(filter);
        return jdbc.sql(ROWS + where.sql() + ListSql.orderAndLimit(page, SORTABLE))
                .params(where.params())
                .params(ListSql.limit(page))
                .query(SoftwareQueries::row)
                .list();
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long count(SoftwareFilter filter) {
        ListSql.Where where = where(filter);
        return jdbc.sql("select count(*) from software s" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** The row of one application, to mark it in the list while it is edited. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<SoftwareRow> row(long id) {
        return jdbc.sql(ROWS + " where s.id = :id")
                .param("id", id)
                .query(SoftwareQueries::row)
                .optional();
    }

    /** Hands every application the filter selects to {@code sink}, streamed in id order so memory stays flat. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public void export(SoftwareFilter filter, Consumer<SoftwareRow> sink) {
        ListSql.Where where = where(filter);
        try (Stream<SoftwareRow> rows = jdbc
                .sql(ROWS + where.sql() + " order by s.id")
                .params(where.params())
                .query(SoftwareQueries::row)
                .stream()) {
            rows.forEach(sink);
        }
    }

    /** A page of the applications whose name or acronym contains {@code text} (all if null), by name. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<SoftwareChoice> choices(String text, Pageable pageable) {
        Pageable page = StablePages.of(pageable, BY_NAME);
        ListSql.Where where = where(new SoftwareFilter(text, null, null));
        return jdbc.sql("select s.id, s.name, s.acronym from software s" + where.sql()
                        + ListSql.orderAndLimit(page, SORTABLE))
                .params(where.params())
                .params(ListSql.limit(page))
                .query(SoftwareQueries::choice)
                .list();
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<SoftwareChoice> choice(long id) {
        return jdbc.sql("select s.id, s.name, s.acronym from software s where s.id = :id")
                .param("id", id)
                .query(SoftwareQueries::choice)
                .optional();
    }

    private static SoftwareRow row(ResultSet rs, int rowNum) throws SQLException {
        return new SoftwareRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("acronym"),
                SoftwareCategory.valueOf(rs.getString("category")),
                rs.getString("owner_unit"),
                rs.getBoolean("kpk_recommended"),
                rs.getString("description"),
                rs.getBoolean("sample"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("adopted_by"));
    }

    private static SoftwareChoice choice(ResultSet rs, int rowNum) throws SQLException {
        return new SoftwareChoice(rs.getLong("id"), rs.getString("name"), rs.getString("acronym"));
    }

    /** The filter as conditions on {@code software s}; the text search is {@link TextSearch}'s, in SQL. */
    private static ListSql.Where where(SoftwareFilter filter) {
        ListSql.Where where = new ListSql.Where();
        if (filter.text() != null) {
            where.and(
                    "(lower(s.name) like :text escape '\\' or lower(s.acronym) like :text escape '\\')",
                    "text",
                    TextSearch.pattern(filter.text()));
        }
        if (filter.category() != null) {
            where.and("s.category = :category", "category", filter.category().name());
        }
        if (filter.kpkRecommended() != null) {
            where.and("s.kpk_recommended = :kpk", "kpk", filter.kpkRecommended());
        }
        return where;
    }
}
