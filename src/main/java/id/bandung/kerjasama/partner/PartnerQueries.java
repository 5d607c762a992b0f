package id.bandung.kerjasama.partner;

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

/**
 * What the partner list, its export and the partner pickers show, read with SQL. Every filter is a condition the
 * indexes of V001/V002/V003 serve: the name search the trigram index, each sortable column an index ending with the
 * id, so that a page of 10,000 partners costs the same as a page of 20.
 */
@Service
@Transactional(readOnly = true)
public class PartnerQueries {

    private static final Sort DEFAULT_SORT = Sort.by("name");
    /** The grid's sort properties and the columns they sort by; nothing else reaches the SQL. */
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "p.name",
            "kind", "p.kind",
            "country", "p.country",
            "province", "p.province",
            "bordersBandung", "p.borders_bandung",
            "updatedAt", "p.updated_at",
            "id", "p.id");

    private static final String ROW_COLUMNS = "p.id, p.name, p.kind, p.country, p.province, p.borders_bandung,"
            + " p.latitude, p.longitude, p.website, p.contact, p.notes, p.sample, p.updated_at";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    PartnerQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = ListSql.streamingClient(dataSource);
    }

    /** One page of the filtered list, without counting (the list counts separately). */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<PartnerRow> list(PartnerFilter filter, Pageable pageable) {
        Pageable page = StablePages.of(pageable, DEFAULT_SORT);
        ListSql.Where where = where(filter);
        return jdbc.sql("select " + ROW_COLUMNS + " from partner p" + where.sql()
                        + ListSql.orderAndLimit(page, SORTABLE))
                .params(where.params())
                .params(ListSql.limit(page))
                .query(PartnerQueries::row)
                .list();
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long count(PartnerFilter filter) {
        ListSql.Where where = where(filter);
        return jdbc.sql("select count(*) from partner p" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** Every partner the filter selects, in id order, streamed so that memory stays flat however many there are. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public void export(PartnerFilter filter, Consumer<PartnerRow> sink) {
        ListSql.Where where = where(filter);
        try (Stream<PartnerRow> rows = streaming
                .sql("select " + ROW_COLUMNS + " from partner p" + where.sql() + " order by p.id")
                .params(where.params())
                .query(PartnerQueries::row)
                .stream()) {
            rows.forEach(sink);
        }
    }

    /** The partners whose name contains {@code text} (all for none), by name, for a picker that loads as it scrolls. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<PartnerChoice> choices(String text, Pageable pageable) {
        ListSql.Where where = where(new PartnerFilter(text, null, null, null, null));
        return jdbc.sql("select p.id, p.name, p.country from partner p" + where.sql()
                        + ListSql.orderAndLimit(StablePages.of(pageable, DEFAULT_SORT), SORTABLE))
                .params(where.params())
                .params(ListSql.limit(StablePages.of(pageable, DEFAULT_SORT)))
                .query(PartnerQueries::choice)
                .list();
    }

    /** One partner's row, as the list shows it (to mark the partner open in the editor). */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<PartnerRow> row(long id) {
        return jdbc.sql("select " + ROW_COLUMNS + " from partner p where p.id = :id")
                .param("id", id)
                .query(PartnerQueries::row)
                .optional();
    }

    /** The choice for one partner, as a picker shows it when a link names the partner by id. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<PartnerChoice> choice(long id) {
        return jdbc.sql("select p.id, p.name, p.country from partner p where p.id = :id")
                .param("id", id)
                .query(PartnerQueries::choice)
                .optional();
    }

    private static PartnerRow row(ResultSet rs, int rowNumber) throws SQLException {
        String province = rs.getString("province");
        return new PartnerRow(
                rs.getLong("id"),
                rs.getString("name"),
                PartnerKind.valueOf(rs.getString("kind")),
                rs.getString("country"),
                province == null ? null : Province.valueOf(province),
                rs.getBoolean("borders_bandung"),
                rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"),
                rs.getString("website"),
                rs.getString("contact"),
                rs.getString("notes"),
                rs.getBoolean("sample"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static PartnerChoice choice(ResultSet rs, int rowNumber) throws SQLException {
        return new PartnerChoice(rs.getLong("id"), rs.getString("name"), rs.getString("country"));
    }

    /** A filter as SQL conditions with named parameters; the name search as {@link TextSearch} does it. */
    private static ListSql.Where where(PartnerFilter filter) {
        ListSql.Where where = new ListSql.Where();
        if (filter.text() != null) {
            where.and("lower(p.name) like :text escape '\\'", "text", TextSearch.pattern(filter.text()));
        }
        if (filter.kind() != null) {
            where.and("p.kind = :kind", "kind", filter.kind().name());
        }
        if (filter.country() != null) {
            where.and("p.country = cast(:country as char(2))", "country", filter.country());
        }
        if (filter.province() != null) {
            where.and("p.province = :province", "province", filter.province().name());
        }
        if (filter.bordersBandung() != null) {
            where.and("p.borders_bandung = :borders", "borders", filter.bordersBandung());
        }
        if (filter.missing() != null) {
            where.and(filter.missing().condition());
        }
        return where;
    }
}
