package id.bandung.kerjasama.software;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

/** The software list, its export and the picker, read in SQL on PostgreSQL. */
@CommittingTest // checks what the queries see of other transactions
class SoftwareQueriesTest {

    @Autowired
    SoftwareQueries queries;

    @Autowired
    SoftwareService software;

    @Autowired
    AdoptionService adoptions;

    @Autowired
    Records records;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_row_holds_what_the_list_shows_and_counts_only_the_partners_that_adopted() {
        Software app = new Software(Records.unique("Aplikasi Baris"), "ABR", SoftwareCategory.FINANCE);
        app.setOwnerUnit("BPKAD");
        app.setDescription("Keuangan daerah.");
        app.setKpkRecommended(true);
        Software saved = save(app);
        adopt(records.city(Records.unique("Kota Pakai")), saved, AdoptionStatus.ADOPTED);
        adopt(records.city(Records.unique("Kota Minta")), saved, AdoptionStatus.REQUESTED);
        Software stored =
                SignIn.as(Roles.VIEWER, () -> software.find(saved.getId()).orElseThrow());

        assertThat(list(new SoftwareFilter(saved.getName(), null, null), PageRequest.of(0, 10)))
                .containsExactly(new SoftwareRow(
                        saved.getId(),
                        saved.getName(),
                        "ABR",
                        SoftwareCategory.FINANCE,
                        "BPKAD",
                        true,
                        "Keuangan daerah.",
                        false,
                        stored.getUpdatedAt(),
                        1));
        assertThat(SignIn.as(Roles.VIEWER, () -> queries.row(saved.getId())))
                .map(SoftwareRow::adoptedBy)
                .contains(1L);
    }

    @Test
    void the_text_search_matches_name_or_acronym_in_any_case_and_takes_wildcards_literally() {
        String prefix = Records.unique("Aplikasi Cari");
        Software underscore = save(new Software(prefix + " a_b", null, SoftwareCategory.OTHER));
        save(new Software(prefix + " axb", null, SoftwareCategory.OTHER));
        String acronym = "Q" + prefix.substring(prefix.length() - 8);
        Software byAcronym = save(new Software(Records.unique("Sistem Lain"), acronym, SoftwareCategory.OTHER));

        SoftwareFilter literal = new SoftwareFilter((prefix + " A_B").toUpperCase(), null, null);
        assertThat(list(literal, PageRequest.of(0, 10)))
                .extracting(SoftwareRow::id)
                .containsExactly(underscore.getId());
        assertThat(count(literal)).isEqualTo(1);
        SoftwareFilter percent = new SoftwareFilter(prefix + " %", null, null);
        assertThat(count(percent)).isZero();
        SoftwareFilter acronymSearch = new SoftwareFilter(acronym.toLowerCase(), null, null);
        assertThat(list(acronymSearch, PageRequest.of(0, 10)))
                .extracting(SoftwareRow::id)
                .containsExactly(byAcronym.getId());
    }

    @Test
    void the_list_sorts_by_its_sortable_columns_ending_with_the_id_and_refuses_any_other() {
        String prefix = Records.unique("Aplikasi Urut");
        Software b = save(new Software(prefix + " B", "X", SoftwareCategory.FINANCE));
        Software a = save(new Software(prefix + " A", null, SoftwareCategory.PERFORMANCE));
        Software c = save(new Software(prefix + " C", "W", SoftwareCategory.FINANCE));
        SoftwareFilter mine = new SoftwareFilter(prefix, null, null);

        assertThat(list(mine, PageRequest.of(0, 10)))
                .extracting(SoftwareRow::id)
                .containsExactly(a.getId(), b.getId(), c.getId());
        assertThat(list(mine, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "name"))))
                .extracting(SoftwareRow::id)
                .containsExactly(c.getId(), b.getId(), a.getId());
        assertThat(list(mine, PageRequest.of(0, 10, Sort.by("acronym"))))
                .extracting(SoftwareRow::id)
                .containsExactly(c.getId(), b.getId(), a.getId());
        assertThat(list(mine, PageRequest.of(0, 10, Sort.by("category"))))
                .extracting(SoftwareRow::id)
                .containsExactly(b.getId(), c.getId(), a.getId());
        assertThat(list(mine, PageRequest.of(1, 2, Sort.by("updatedAt"))))
                .extracting(SoftwareRow::id)
                .containsExactly(c.getId());
        for (String column : List.of("ownerUnit", "kpkRecommended")) {
            assertThat(list(mine, PageRequest.of(0, 10, Sort.by(column))))
                    .extracting(SoftwareRow::id)
                    .containsExactly(b.getId(), a.getId(), c.getId());
        }
        assertThatThrownBy(() -> list(mine, PageRequest.of(0, 10, Sort.by("description"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> list(mine, PageRequest.of(0, 10, Sort.by("name; drop table software"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_export_streams_every_selected_row_in_id_order_and_the_picker_offers_name_and_acronym() {
        String prefix = Records.unique("Aplikasi Ekspor");
        Software first = save(new Software(prefix + " Z", "EZ", SoftwareCategory.OTHER));
        Software second = save(new Software(prefix + " Y", null, SoftwareCategory.OTHER));
        List<SoftwareRow> exported = new ArrayList<>();

        SignIn.as(Roles.VIEWER, () -> {
            queries.export(new SoftwareFilter(prefix, null, null), exported::add);
            return null;
        });

        assertThat(exported).extracting(SoftwareRow::id).containsExactly(first.getId(), second.getId());
        assertThat(SignIn.as(Roles.VIEWER, () -> queries.choices(prefix.toLowerCase(), PageRequest.of(0, 10))))
                .extracting(SoftwareChoice::label)
                .containsExactly(prefix + " Y", prefix + " Z (EZ)");
        assertThat(SignIn.as(Roles.VIEWER, () -> queries.choice(first.getId())))
                .contains(new SoftwareChoice(first.getId(), prefix + " Z", "EZ"));
    }

    @Test
    void the_queries_read_inside_the_callers_transaction_and_see_its_uncommitted_writes() {
        String name = Records.unique("Aplikasi Belum Tersimpan");
        SoftwareFilter byName = new SoftwareFilter(name, null, null);

        long inside = transaction.execute(status -> {
            save(new Software(name, null, SoftwareCategory.OTHER));
            status.setRollbackOnly();
            return count(byName);
        });

        assertThat(inside).isEqualTo(1);
        assertThat(count(byName)).isZero();
    }

    private Software save(Software item) {
        return SignIn.as(Roles.STAFF, () -> software.save(item));
    }

    private void adopt(Partner partner, Software app, AdoptionStatus status) {
        SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(partner, app, status)));
    }

    private List<SoftwareRow> list(SoftwareFilter filter, PageRequest page) {
        return SignIn.as(Roles.VIEWER, () -> queries.list(filter, page));
    }

    private long count(SoftwareFilter filter) {
        return SignIn.as(Roles.VIEWER, () -> queries.count(filter));
    }
}
