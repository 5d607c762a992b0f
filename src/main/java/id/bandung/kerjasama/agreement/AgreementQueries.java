package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.base.domain.ListSql;
import id.bandung.kerjasama.base.domain.StablePages;
import id.bandung.kerjasama.base.domain.TextSearch;
import id.bandung.kerjasama.security.Roles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that reads agreements for a screen: the list, its count and export, and the pickers. Plain SQL returning
 * rows; the status comes from {@link AgreementStatusSql}, the one written form of the rule.
 */
@Service
@Transactional(readOnly = true)
public class AgreementQueries {

    /** The grid's sort properties and the columns they order by. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "id", "a.id",
            "title", "a.title",
            "partner.name", "p.name",
            "category", "a.category",
            "obligation", "a.obligation",
            "signedOn", "a.signed_on",
            "startOn", "a.start_on",
            "endOn", "a.end_on",
            "updatedAt", "a.updated_at");

    private static final String COLUMNS = """
            select a.id, a.title, a.bandung_number, a.partner_number, a.category, a.obligation, a.document_kind,
                   a.partner_id, p.name as partner_name, p.country as partner_country,
                   (select string_agg(f.field, ',') from agreement_field f where f.agreement_id = a.id) as fields,
                   a.signed_on, a.start_on, a.end_on, a.terminated_on, a.termination_reason, a.notes, a.sample,
                   a.updated_at, """ + AgreementStatusSql.CASE + """
             as status
            from agreement a join partner p on p.id = a.partner_id
            """;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final Clock clock;

    AgreementQueries(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.streaming = ListSql.streamingClient(dataSource);
        this.clock = clock;
    }

    /** One page of the filtered list, without counting. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<AgreementRow> list(AgreementFilter filter, Pageable pageable) {
        ListSql.Where where = where(filter);
        String sql = COLUMNS + where.sql() + " order by " + order(filter, pageable.getSort()) + " limit "
                + Math.max(1, pageable.getPageSize()) + " offset " + pageable.getOffset();
        return jdbc.sql(sql).params(where.params()).query(this::mapRow).list();
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public long count(AgreementFilter filter) {
        ListSql.Where where = where(filter);
        return jdbc.sql("select count(*) from agreement a" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** Every agreement the filter selects, streamed from the database a batch at a time, never all in memory. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public void export(AgreementFilter filter, Consumer<AgreementRow> sink) {
        ListSql.Where where = where(filter);
        try (Stream<AgreementRow> rows =
                streaming
                        .sql(COLUMNS + where.sql() + " order by a.id")
                        .params(where.params())
                        .query(this::mapRow)
                        .stream()) {
            rows.forEach(sink);
        }
    }

    /** One agreement's row, as the list shows it (to mark the agreement open in the editor). */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public Optional<AgreementRow> row(long id) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(COLUMNS + " where a.id = :id")
                .param("id", id)
                .param("today", today)
                .param("horizon", AgreementStatusSql.horizon(today))
                .query(this::mapRow)
                .optional();
    }

    /** The memoranda (Kesepakatan Bersama) of a partner that an implementing agreement may name as its parent. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<AgreementChoice> memorandaOf(long partnerId) {
        return jdbc.sql("""
                        select id, title, partner_id from agreement
                        where partner_id = :partnerId and document_kind = 'KESEPAKATAN_BERSAMA'
                        order by title, id""")
                .param("partnerId", partnerId)
                .query(AgreementChoice.class)
                .list();
    }

    /** A partner's agreements whose title or numbers contain {@code text} (any when null), latest signed first. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public List<AgreementChoice> choicesOf(long partnerId, String text, int offset, int limit) {
        AgreementFilter filter = AgreementFilter.empty().withPartner(partnerId).withText(text);
        ListSql.Where where = where(filter);
        return jdbc.sql("select a.id, a.title, a.partner_id from agreement a" + where.sql() + " order by "
                        + order(filter, Sort.unsorted()) + " limit " + Math.max(1, limit) + " offset "
                        + Math.max(0, offset))
                .params(where.params())
                .query(AgreementChoice.class)
                .list();
    }

    /** The filter as conditions on agreement {@code a}; the status ones are those of {@link AgreementStatusSql}. */
    private ListSql.Where where(AgreementFilter filter) {
        LocalDate today = LocalDate.now(clock);
        ListSql.Where where =
                new ListSql.Where().param("today", today).param("horizon", AgreementStatusSql.horizon(today));
        if (filter.text() != null) {
            where.and(
                    "(lower(a.title) like :text escape '\\' or lower(a.bandung_number) like :text escape '\\'"
                            + " or lower(a.partner_number) like :text escape '\\')",
                    "text",
                    TextSearch.pattern(filter.text()));
        }
        if (filter.category() != null) {
            where.and("a.category = :category", "category", filter.category().name());
        }
        if (filter.obligation() != null) {
            where.and(
                    "a.obligation = :obligation",
                    "obligation",
                    filter.obligation().name());
        }
        if (filter.status() != null) {
            where.and(AgreementStatusSql.where(filter.status()));
        }
        if (filter.field() != null) {
            where.and(
                    "exists (select 1 from agreement_field f where f.agreement_id = a.id and f.field = :field)",
                    "field",
                    filter.field().name());
        }
        if (filter.partnerId() != null) {
            where.and("a.partner_id = :partnerId", "partnerId", filter.partnerId());
        }
        if (filter.documentKind() != null) {
            where.and(
                    "a.document_kind = :documentKind",
                    "documentKind",
                    filter.documentKind().name());
        }
        if (filter.signedFrom() != null) {
            where.and("a.signed_on >= :signedFrom", "signedFrom", filter.signedFrom());
        }
        if (filter.signedTo() != null) {
            where.and("a.signed_on <= :signedTo", "signedTo", filter.signedTo());
        }
        if (filter.expiringWithinDays() != null) {
            where.and(
                    AgreementStatusSql.inForce() + " and a.end_on between :today and :expiringUntil",
                    "expiringUntil",
                    today.plusDays(filter.expiringWithinDays()));
        }
        if (filter.issue() != null) {
            where.and(filter.issue().unacknowledged());
        }
        if (filter.missing() != null) {
            where.and(filter.missing().condition());
        }
        return where;
    }

    /**
     * The order the user chose, ending with the id; otherwise the most useful one for what the filter asks: those
     * ending soonest first when looking at expiring agreements, the most recently ended first for expired or
     * terminated ones, otherwise the most recently signed first with drafts last. Each has an index (V001-V003).
     */
    private static String order(AgreementFilter filter, Sort sort) {
        if (sort.isSorted()) {
            return StablePages.of(PageRequest.of(0, 1, sort), Sort.unsorted()).getSort().stream()
                    .map(order -> column(order.getProperty()) + (order.isAscending() ? " asc" : " desc"))
                    .collect(Collectors.joining(", "));
        }
        AgreementStatus status = filter.status();
        if (status == AgreementStatus.EXPIRING || filter.expiringWithinDays() != null) {
            return "a.end_on asc, a.id asc";
        } else if (status == AgreementStatus.EXPIRED) {
            return "a.end_on desc, a.id desc";
        } else if (status == AgreementStatus.TERMINATED) {
            return "a.terminated_on desc, a.id desc";
        }
        return "a.signed_on desc nulls last, a.id asc";
    }

    private static String column(String property) {
        String column = SORT_COLUMNS.get(property);
        if (column == null) {
            throw new IllegalArgumentException("Agreements cannot be sorted by " + property);
        }
        return column;
    }

    private AgreementRow mapRow(ResultSet rs, int rowNumber) throws SQLException {
        return new AgreementRow(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("bandung_number"),
                rs.getString("partner_number"),
                Category.valueOf(rs.getString("category")),
                value(Obligation.class, rs.getString("obligation")),
                value(DocumentKind.class, rs.getString("document_kind")),
                rs.getLong("partner_id"),
                rs.getString("partner_name"),
                rs.getString("partner_country"),
                fields(rs.getString("fields")),
                rs.getObject("signed_on", LocalDate.class),
                rs.getObject("start_on", LocalDate.class),
                rs.getObject("end_on", LocalDate.class),
                rs.getObject("terminated_on", LocalDate.class),
                rs.getString("termination_reason"),
                rs.getString("notes"),
                rs.getBoolean("sample"),
                rs.getTimestamp("updated_at").toInstant(),
                AgreementStatus.valueOf(rs.getString("status")));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Set<CooperationField> fields(String names) {
        Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);
        if (names != null) {
            Arrays.stream(names.split(",")).map(CooperationField::valueOf).forEach(fields::add);
        }
        return fields;
    }
}
