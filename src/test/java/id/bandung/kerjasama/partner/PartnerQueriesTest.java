package id.bandung.kerjasama.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partner list, its export and the pickers, read with SQL on PostgreSQL, each test on partners of its own. Those
 * partners are inserted with SQL, as the sample data is, so that their names carry the test's tag: the service names
 * an Indonesian city, regency or province after its region in the official list.
 */
@IntegrationTest
class PartnerQueriesTest {

    @Autowired
    PartnerQueries queries;

    @Autowired
    PartnerService partners;

    @Autowired
    Records records;

    @Autowired
    JdbcTemplate jdbc;

    /** A word only this test's partners have in their names. */
    private String tag;

    private Partner cimahi;
    private Partner cianjur;
    private Partner serang;
    private Partner osaka;

    @BeforeEach
    void partnersOfThisTest() {
        tag = "uji" + UUID.randomUUID().toString().substring(0, 8);
        cimahi = save("Kota Cimahi " + tag, PartnerKind.CITY, "ID", Province.JAWA_BARAT, true);
        cianjur = save("Kabupaten Cianjur " + tag, PartnerKind.REGENCY, "ID", Province.JAWA_BARAT, false);
        serang = save("Kota Serang " + tag, PartnerKind.CITY, "ID", Province.BANTEN, false);
        osaka = save("Osaka " + tag, PartnerKind.FOREIGN_CITY, "JP", null, false);
    }

    @Test
    void filters_combine_and_count_the_same_rows_they_list() {
        PartnerFilter westJavaCities = new PartnerFilter(tag, PartnerKind.CITY, "ID", Province.JAWA_BARAT, true);
        assertThat(list(westJavaCities, Sort.by("name"))).containsExactly(cimahi.getName());
        assertThat(count(westJavaCities)).isEqualTo(1);

        PartnerFilter indonesian = new PartnerFilter(tag, null, "ID", null, null);
        assertThat(list(indonesian, Sort.by("name")))
                .containsExactly(cianjur.getName(), cimahi.getName(), serang.getName());
        assertThat(count(indonesian)).isEqualTo(3);
        assertThat(count(new PartnerFilter(tag, null, null, null, false))).isEqualTo(3);
        assertThat(count(new PartnerFilter(tag, PartnerKind.CITY, null, Province.BANTEN, null)))
                .isEqualTo(1);
    }

    @Test
    void the_name_search_ignores_letter_case_and_the_spaces_around_it() {
        assertThat(list(
                        new PartnerFilter("  OSAKA " + tag.toUpperCase() + " ", null, null, null, null),
                        Sort.unsorted()))
                .containsExactly(osaka.getName());
    }

    @Test
    void a_search_with_control_characters_lists_instead_of_failing() {
        PartnerFilter nul = new PartnerFilter("Cim\u0000ahi " + tag, null, null, null, null);
        assertThat(list(nul, Sort.unsorted())).containsExactly(cimahi.getName());
        assertThat(count(nul)).isEqualTo(1);
    }

    @Test
    void a_search_for_percent_or_underscore_matches_them_literally() {
        Partner literal = save("Kota 100%_" + tag, PartnerKind.CITY, "ID", null, false);
        assertThat(count(new PartnerFilter(tag + "%", null, null, null, null))).isZero();
        assertThat(count(new PartnerFilter("_" + tag, null, null, null, null))).isOne();
        assertThat(list(new PartnerFilter("%_" + tag, null, null, null, null), Sort.unsorted()))
                .containsExactly(literal.getName());
    }

    @Test
    void every_sortable_column_sorts_both_ways_and_ties_keep_the_order_of_the_id() {
        PartnerFilter mine = new PartnerFilter(tag, null, null, null, null);
        assertThat(list(mine, Sort.by("kind")))
                .containsExactly(cimahi.getName(), serang.getName(), osaka.getName(), cianjur.getName());
        assertThat(list(mine, Sort.by(Sort.Direction.DESC, "kind")))
                .containsExactly(cianjur.getName(), osaka.getName(), serang.getName(), cimahi.getName());
        assertThat(list(mine, Sort.by("country")))
                .containsExactly(cimahi.getName(), cianjur.getName(), serang.getName(), osaka.getName());
        assertThat(list(mine, Sort.by("province")))
                .containsExactly(serang.getName(), cimahi.getName(), cianjur.getName(), osaka.getName());
        assertThat(list(mine, Sort.by(Sort.Direction.DESC, "bordersBandung")))
                .containsExactly(cimahi.getName(), osaka.getName(), serang.getName(), cianjur.getName());
        assertThat(list(mine, Sort.by("updatedAt")))
                .containsExactly(cimahi.getName(), cianjur.getName(), serang.getName(), osaka.getName());
        assertThat(list(mine, Sort.by(Sort.Direction.DESC, "name")))
                .containsExactly(osaka.getName(), serang.getName(), cimahi.getName(), cianjur.getName());
    }

    @Test
    void pages_follow_each_other_without_overlap() {
        PartnerFilter mine = new PartnerFilter(tag, null, null, null, null);
        List<String> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            int number = page;
            SignIn.as(Roles.VIEWER, () -> queries.list(mine, PageRequest.of(number, 2, Sort.by("kind"))))
                    .forEach(row -> pages.add(row.name()));
        }
        assertThat(pages).containsExactly(cimahi.getName(), serang.getName(), osaka.getName(), cianjur.getName());
    }

    @Test
    void a_sort_the_list_does_not_offer_is_refused() {
        PageRequest page = PageRequest.of(0, 10, Sort.by("notes; drop table partner"));
        assertThatThrownBy(() -> SignIn.as(Roles.VIEWER, () -> queries.list(PartnerFilter.empty(), page)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_row_holds_what_the_list_and_the_export_show() {
        Partner depok = records.city("Kota Depok");
        Partner stored =
                SignIn.as(Roles.VIEWER, () -> partners.find(depok.getId()).orElseThrow());
        stored.setBordersBandung(true);
        stored.setLatitude(new BigDecimal("-6.872"));
        stored.setLongitude(new BigDecimal("107.542"));
        stored.setWebsite("https://depok.go.id");
        stored.setContact("Bagian Kerja Sama");
        stored.setNotes("Berbatasan");
        Partner saved = SignIn.as(Roles.STAFF, () -> partners.save(stored));

        List<PartnerRow> rows = SignIn.as(
                Roles.VIEWER,
                () -> queries.list(new PartnerFilter("Kota Depok", null, null, null, null), PageRequest.of(0, 10)));
        assertThat(rows).hasSize(1);
        PartnerRow row = rows.get(0);
        assertThat(row)
                .isEqualTo(new PartnerRow(
                        saved.getId(),
                        "Kota Depok",
                        PartnerKind.CITY,
                        "ID",
                        Province.JAWA_BARAT,
                        true,
                        new BigDecimal("-6.872000"),
                        new BigDecimal("107.542000"),
                        "https://depok.go.id",
                        "Bagian Kerja Sama",
                        "Berbatasan",
                        false,
                        row.updatedAt()));
        assertThat(row.updatedAt()).isCloseTo(saved.getUpdatedAt(), within(1, ChronoUnit.MILLIS));
    }

    @Test
    void an_export_delivers_every_selected_partner_once_in_id_order() {
        List<String> names = new ArrayList<>();
        SignIn.as(
                Roles.VIEWER,
                () -> queries.export(new PartnerFilter(tag, null, "ID", null, null), row -> names.add(row.name())));
        assertThat(names).containsExactly(cimahi.getName(), cianjur.getName(), serang.getName());
    }

    @Test
    void a_picker_offers_matching_partners_by_name_with_their_country_code() {
        assertThat(SignIn.as(Roles.VIEWER, () -> queries.choices(tag, PageRequest.of(0, 10))))
                .containsExactly(
                        new PartnerChoice(cianjur.getId(), cianjur.getName(), "ID"),
                        new PartnerChoice(cimahi.getId(), cimahi.getName(), "ID"),
                        new PartnerChoice(serang.getId(), serang.getName(), "ID"),
                        new PartnerChoice(osaka.getId(), osaka.getName(), "JP"));
        assertThat(SignIn.as(Roles.VIEWER, () -> queries.choices(tag, PageRequest.of(1, 3))))
                .containsExactly(new PartnerChoice(osaka.getId(), osaka.getName(), "JP"));
        assertThat(SignIn.as(Roles.VIEWER, () -> queries.choice(osaka.getId()))).contains(PartnerChoice.of(osaka));
        assertThat(SignIn.as(Roles.VIEWER, () -> queries.choice(-1))).isEmpty();
    }

    /** A partner inserted as the sample data is, without a region code, so that it keeps the name given. */
    private Partner save(String name, PartnerKind kind, String country, Province province, boolean borders) {
        long id = jdbc.queryForObject(
                """
                insert into partner (created_at, created_by, updated_at, updated_by, name, kind, country, province,
                                     borders_bandung)
                values (clock_timestamp(), 'test', clock_timestamp(), 'test', ?, ?, ?, ?, ?) returning id""", Long.class, name, kind.name(), country, province == null ? null : province.name(), borders);
        return SignIn.as(Roles.VIEWER, () -> partners.find(id).orElseThrow());
    }

    private List<String> list(PartnerFilter filter, Sort sort) {
        return SignIn.as(Roles.VIEWER, () -> queries.list(filter, PageRequest.of(0, 50, sort))).stream()
                .map(PartnerRow::name)
                .toList();
    }

    private long count(PartnerFilter filter) {
        return SignIn.as(Roles.VIEWER, () -> queries.count(filter));
    }
}
