package id.bandung.kerjasama.software;

import id.bandung.kerjasama.base.domain.ListSql;
import id.bandung.kerjasama.base.domain.StablePages;
import id.bandung.kerjasama.base.domain.TextSearch;
import id.bandung.kerjasama.security.Roles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

/** The adoption list and its export, read in SQL; anyone signed in may read them. */
@Service
@Transactional(readOnly = true)
public class AdoptionQueries {

    /** Grid sort properties and the columns they sort by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "partner.name", "p.name",
            "software.name", "s.name",
            "status", "ad.status",
            "since", "ad.since",
            "updatedAt", "ad.updated_at",
            "id", "ad.id");

    private static final Sort LATEST_FIRST = Sort.by(Sort.Direction.DESC, "since");

    private static final String ROWS = """
            select ad.id, ad.partner_id, p.name as partner_name, ad.software_id, s.name as software_name,
                   ad.agreement_id, ag.title as agreement_title, ad.status, ad.since, ad.notes, ad.sample, ad.updated_at
            from adoption ad
            join partner p on p.id = ad.partner_id
            join software s on s.id = ad.software_id
            left join agreement ag on ag.id = ad.agreement_id""";

    private final JdbcClient jdbc;

    AdoptionQueries(DataSource dataSource) {
        this.jdbc = ListSql.streamingClient(dataSource);
    }

    /** One page of the filtered adoptions, latest first unless the page says otherwise; without counting. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<AdoptionRow> list(AdoptionFilter filter, Pageable pageable) {
        Pageable page = StablePages.of(pageable, LATEST_FIRST);
        ListSql.Where where = where(filter);
        return jdbc.sql(ROWS + where.sql() + ListSql.orderAndLimit(page, SORTABLE))
                .params(where.params())
                .params(ListSql.limit(page))
                .query(AdoptionQueries::row)
                .list();
    }

    /**
     * The number of adoptions the filter selects. Without a text search, the counts PostgreSQL keeps per software
     * and per partner (V003) answer at once; counting a million rows would not.
     */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long count(AdoptionFilter filter) {
        if (filter.text() != null || filter.partnerId() != null && filter.softwareId() != null) {
            ListSql.Where where = where(filter);
            String partnerJoin = filter.text() == null ? "" : " join partner p on p.id = ad.partner_id";
            return jdbc.sql("select count(*) from adoption ad" + partnerJoin + where.sql())
                    .params(where.params())
                    .query(Long.class)
                    .single();
        }
        ListSql.Where kept = new ListSql.Where();
        String table;
        if (filter.partnerId() != null) {
            table = "adoption_count_by_partner";
            kept.and("partner_id = :partnerId", "partnerId", filter.partnerId());
        } else {
            table = "adoption_count_by_software";
            if (filter.softwareId() != null) {
                kept.and("software_id = :softwareId", "softwareId", filter.softwareId());
            }
        }
        if (filter.status() != null) {
            kept.and("status = :status", "status", filter.status().name());
        }
        return jdbc.sql("select coalesce(sum(adoptions), 0) from " + table + kept.sql())
                .params(kept.params())
                .query(Long.class)
                .single();
    }

    /** The row of one adoption, to mark it in the list while it is edited. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<AdoptionRow> row(long id) {
        return jdbc.sql(ROWS + " where ad.id = :id")
                .param("id", id)
                .query(AdoptionQueries::row)
                .optional();
    }

    /** Hands every adoption the filter selects to {@code sink}, streamed in id order so memory stays flat. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public void export(AdoptionFilter filter, Consumer<AdoptionRow> sink) {
        ListSql.Where where = where(filter);
        try (Stream<AdoptionRow> rows = jdbc
                .sql(ROWS + where.sql() + " order by ad.id")
                .params(where.params())
                .query(AdoptionQueries::row)
                .stream()) {
            rows.forEach(sink);
        }
    }

    private static AdoptionRow row(ResultSet rs, int rowNum) throws SQLException {
        return new AdoptionRow(
                rs.getLong("id"),
                rs.getLong("partner_id"),
                rs.getString("partner_name"),
                rs.getLong("software_id"),
                rs.getString("software_name"),
                rs.getObject("agreement_id", Long.class),
                rs.getString("agreement_title"),
                AdoptionStatus.valueOf(rs.getString("status")),
                rs.getObject("since", LocalDate.class),
                rs.getString("notes"),
                rs.getBoolean("sample"),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The filter as conditions on {@code adoption ad} and {@code partner p}; the text search is {@link TextSearch}'s. */
    private static ListSql.Where where(AdoptionFilter filter) {
        ListSql.Where where = new ListSql.Where();
        if (filter.text() != null) {
            where.and("lower(p.name) like :text escape '\\'", "text", TextSearch.pattern(filter.text()));
        }
        if (filter.softwareId() != null) {
            where.and("ad.software_id = :softwareId", "softwareId", filter.softwareId());
        }
        if (filter.partnerId() != null) {
            where.and("ad.partner_id = :partnerId", "partnerId", filter.partnerId());
        }
        if (filter.status() != null) {
            where.and("ad.status = :status", "status", filter.status().name());
        }
        return where;
    }
}
