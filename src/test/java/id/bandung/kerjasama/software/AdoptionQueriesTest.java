package id.bandung.kerjasama.software;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The adoption list, its counts and its export, read in SQL on PostgreSQL. */
@CommittingTest // rows as another transaction reads them
class AdoptionQueriesTest {

    @Autowired
    AdoptionQueries queries;

    @Autowired
    AdoptionService adoptions;

    @Autowired
    SoftwareService software;

    @Autowired
    Records records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_row_holds_the_partner_the_software_and_the_agreement_and_the_list_is_latest_first() {
        Partner partner = records.city(Records.unique("Kota Baris"));
        Agreement agreement = records.regional(partner, "Naskah baris", DocumentKind.PERJANJIAN_KERJA_SAMA);
        Software app = save(new Software(Records.unique("Aplikasi Baris"), null, SoftwareCategory.OTHER));
        Adoption old = adopt(partner, app, AdoptionStatus.ADOPTED, LocalDate.of(2017, 3, 1), agreement);
        Adoption undated =
                adopt(records.city(Records.unique("Kota Tanpa Tanggal")), app, AdoptionStatus.REQUESTED, null, null);
        Adoption recent = adopt(
                records.city(Records.unique("Kota Baru")),
                app,
                AdoptionStatus.IN_PROGRESS,
                LocalDate.of(2018, 1, 1),
                null);
        Adoption stored =
                SignIn.as(Roles.VIEWER, () -> adoptions.find(old.getId()).orElseThrow());

        List<AdoptionRow> rows = list(new AdoptionFilter(null, app.getId(), null, null), Sort.unsorted());

        assertThat(rows).extracting(AdoptionRow::id).containsExactly(undated.getId(), recent.getId(), old.getId());
        assertThat(rows.get(2))
                .isEqualTo(new AdoptionRow(
                        old.getId(),
                        partner.getId(),
                        partner.getName(),
                        app.getId(),
                        app.getName(),
                        agreement.getId(),
                        "Naskah baris",
                        AdoptionStatus.ADOPTED,
                        LocalDate.of(2017, 3, 1),
                        null,
                        false,
                        stored.getUpdatedAt()));
        assertThat(SignIn.as(Roles.VIEWER, () -> queries.row(old.getId()))).contains(rows.get(2));
    }

    @Test
    void the_list_sorts_by_its_sortable_columns_and_refuses_any_other() {
        Software app = save(new Software(Records.unique("Aplikasi Urut"), null, SoftwareCategory.OTHER));
        // A city is named after its region: the one adopting second comes first by name.
        Adoption b =
                adopt(records.city("Kota Tasikmalaya"), app, AdoptionStatus.REQUESTED, LocalDate.of(2019, 1, 1), null);
        Adoption a = adopt(records.city("Kota Bekasi"), app, AdoptionStatus.ADOPTED, LocalDate.of(2020, 1, 1), null);
        assertThat(List.of(a.getPartner().getName(), b.getPartner().getName()))
                .containsExactly("Kota Bekasi", "Kota Tasikmalaya");
        AdoptionFilter mine = new AdoptionFilter(null, app.getId(), null, null);

        assertThat(list(mine, Sort.by("partner.name")))
                .extracting(AdoptionRow::id)
                .containsExactly(a.getId(), b.getId());
        assertThat(list(mine, Sort.by(Sort.Direction.DESC, "partner.name")))
                .extracting(AdoptionRow::id)
                .containsExactly(b.getId(), a.getId());
        assertThat(list(mine, Sort.by("status"))).extracting(AdoptionRow::id).containsExactly(a.getId(), b.getId());
        assertThat(list(mine, Sort.by("since"))).extracting(AdoptionRow::id).containsExactly(b.getId(), a.getId());
        assertThat(list(mine, Sort.by("updatedAt"))).extracting(AdoptionRow::id).containsExactly(b.getId(), a.getId());
        assertThat(list(mine, Sort.by("software.name")))
                .extracting(AdoptionRow::id)
                .containsExactly(b.getId(), a.getId());
        assertThatThrownBy(() -> list(mine, Sort.by("notes"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_way_of_counting_gives_the_number_of_adoptions_the_filter_selects() {
        // Regions are named as the official list says: a word only these two partners' names hold.
        String prefix = "Tasikmalaya";
        Partner first = records.city("Kota Tasikmalaya");
        Partner second = records.regency("Kabupaten Tasikmalaya");
        assertThat(List.of(first.getName(), second.getName()))
                .containsExactly("Kota Tasikmalaya", "Kabupaten Tasikmalaya");
        Software app = save(new Software(Records.unique("Aplikasi Hitung"), null, SoftwareCategory.OTHER));
        Software other = save(new Software(Records.unique("Aplikasi Hitung Lain"), null, SoftwareCategory.OTHER));
        adopt(first, app, AdoptionStatus.ADOPTED, null, null);
        adopt(second, app, AdoptionStatus.REQUESTED, null, null);
        adopt(first, other, AdoptionStatus.ADOPTED, null, null);

        assertThat(count(new AdoptionFilter(null, app.getId(), null, null))).isEqualTo(2);
        assertThat(count(new AdoptionFilter(null, app.getId(), null, AdoptionStatus.ADOPTED)))
                .isEqualTo(1);
        assertThat(count(new AdoptionFilter(null, null, first.getId(), null))).isEqualTo(2);
        assertThat(count(new AdoptionFilter(null, null, first.getId(), AdoptionStatus.REQUESTED)))
                .isZero();
        assertThat(count(new AdoptionFilter(null, other.getId(), first.getId(), null)))
                .isEqualTo(1);
        assertThat(count(new AdoptionFilter(prefix.toUpperCase(), null, null, null)))
                .isEqualTo(3);
        assertThat(count(new AdoptionFilter("Kabupaten " + prefix, app.getId(), null, AdoptionStatus.REQUESTED)))
                .isEqualTo(1);
        assertThat(count(new AdoptionFilter(prefix + "%", null, null, null))).isZero();
        assertThat(count(AdoptionFilter.empty()))
                .isEqualTo(jdbc.queryForObject("select count(*) from adoption", Long.class));
        assertThat(count(new AdoptionFilter(null, null, null, AdoptionStatus.DISCONTINUED)))
                .isEqualTo(
                        jdbc.queryForObject("select count(*) from adoption where status = 'DISCONTINUED'", Long.class));
    }

    @Test
    void the_export_streams_every_selected_adoption_in_id_order() {
        Software app = save(new Software(Records.unique("Aplikasi Ekspor"), null, SoftwareCategory.OTHER));
        Adoption first = adopt(records.city(Records.unique("Kota Ekspor")), app, AdoptionStatus.ADOPTED, null, null);
        Adoption second = adopt(
                records.city(Records.unique("Kota Ekspor")),
                app,
                AdoptionStatus.ADOPTED,
                LocalDate.of(2020, 1, 1),
                null);
        List<AdoptionRow> exported = new ArrayList<>();

        SignIn.as(Roles.VIEWER, () -> queries.export(new AdoptionFilter(null, app.getId(), null, null), exported::add));

        assertThat(exported).extracting(AdoptionRow::id).containsExactly(first.getId(), second.getId());
    }

    private Software save(Software item) {
        return SignIn.as(Roles.STAFF, () -> software.save(item));
    }

    private Adoption adopt(Partner partner, Software app, AdoptionStatus status, LocalDate since, Agreement agreement) {
        Adoption adoption = new Adoption(partner, app, status);
        adoption.setSince(since);
        adoption.setAgreement(agreement);
        return SignIn.as(Roles.STAFF, () -> adoptions.save(adoption));
    }

    private List<AdoptionRow> list(AdoptionFilter filter, Sort sort) {
        return SignIn.as(Roles.VIEWER, () -> queries.list(filter, PageRequest.of(0, 10, sort)));
    }

    private long count(AdoptionFilter filter) {
        return SignIn.as(Roles.VIEWER, () -> queries.count(filter));
    }
}
