package id.bandung.kerjasama.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.audit.AuditAction;
import id.bandung.kerjasama.audit.AuditQueries;
import id.bandung.kerjasama.audit.AuditRow;
import id.bandung.kerjasama.base.domain.DuplicateRecordException;
import id.bandung.kerjasama.base.domain.RecordInUseException;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The partner rules and their audit trail, on PostgreSQL. */
@CommittingTest
class PartnerServiceTest {

    @Autowired
    PartnerService partners;

    @Autowired
    AuditQueries audit;

    @Autowired
    Records records;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void creating_and_changing_a_partner_writes_who_when_and_each_changed_field() {
        Partner created = records.city(Records.unique("Kota Audit"));
        Partner edited =
                SignIn.as(Roles.STAFF, () -> partners.find(created.getId()).orElseThrow());
        edited.setWebsite("https://contoh.go.id");
        edited.setBordersBandung(true);
        SignIn.as(Roles.STAFF, () -> partners.save(edited));

        List<AuditRow> history = SignIn.as(Roles.VIEWER, () -> audit.history(Partner.RECORD_TYPE, created.getId()));
        assertThat(history).extracting(AuditRow::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        AuditRow update = history.get(0);
        assertThat(update.username()).isEqualTo("test-staff");
        assertThat(update.changes())
                .containsExactlyInAnyOrder(
                        new AuditRow.Change("website", null, "https://contoh.go.id"),
                        new AuditRow.Change("bordersBandung", "false", "true"));
        assertThat(history.get(1).changes()).contains(new AuditRow.Change("name", null, created.getName()));
    }

    @Test
    void a_duplicate_name_in_the_same_country_gets_a_field_level_refusal_and_writes_nothing() {
        String name = Records.unique("Universitas Kembar");
        records.university(name);
        long events = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        Partner twin = new Partner(name.toUpperCase(), PartnerKind.UNIVERSITY, "ID");

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.save(twin)))
                .isInstanceOf(DuplicateRecordException.class)
                .extracting(e -> ((DuplicateRecordException) e).field())
                .isEqualTo("name");
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                .isEqualTo(events);
    }

    @Test
    void the_second_of_two_concurrent_edits_is_refused_and_the_first_is_kept() {
        Partner created = records.city(Records.unique("Kota Serentak"));
        Partner first =
                SignIn.as(Roles.STAFF, () -> partners.find(created.getId()).orElseThrow());
        Partner second =
                SignIn.as(Roles.STAFF, () -> partners.find(created.getId()).orElseThrow());
        first.setNotes("disimpan lebih dulu");
        SignIn.as(Roles.STAFF, () -> partners.save(first));
        second.setNotes("terlambat");

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.save(second)))
                .isInstanceOf(StaleRecordException.class);
        assertThat(SignIn.as(
                        Roles.VIEWER,
                        () -> partners.find(created.getId()).orElseThrow().getNotes()))
                .isEqualTo("disimpan lebih dulu");
    }

    @Test
    void a_partner_that_agreements_refer_to_cannot_be_deleted_and_the_refusal_names_them() {
        Partner partner = records.city(Records.unique("Kota Terikat"));
        records.regional(partner, "Naskah pengikat", DocumentKind.KESEPAKATAN_BERSAMA);
        Partner current =
                SignIn.as(Roles.STAFF, () -> partners.find(partner.getId()).orElseThrow());

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.delete(current)))
                .isInstanceOfSatisfying(
                        RecordInUseException.class,
                        e -> assertThat(e.holders()).singleElement().satisfies(holder -> {
                            assertThat(holder.recordType()).isEqualTo("Agreement");
                            assertThat(holder.count()).isEqualTo(1);
                            assertThat(holder.examples()).containsExactly("Naskah pengikat");
                        }));
        assertThat(SignIn.as(Roles.VIEWER, () -> partners.find(partner.getId())))
                .isPresent();
    }

    @Test
    void deleting_a_free_partner_removes_it_and_keeps_its_last_values_in_the_audit_log() {
        Partner partner = records.city(Records.unique("Kota Lepas"));
        SignIn.as(Roles.STAFF, () -> partners.delete(partner));

        assertThat(SignIn.as(Roles.VIEWER, () -> partners.find(partner.getId())))
                .isEmpty();
        List<AuditRow> history = SignIn.as(Roles.VIEWER, () -> audit.history(Partner.RECORD_TYPE, partner.getId()));
        assertThat(history.get(0).action()).isEqualTo(AuditAction.DELETE);
        assertThat(history.get(0).changes()).contains(new AuditRow.Change("name", partner.getName(), null));
    }

    @Test
    void markup_emoji_and_non_latin_scripts_are_stored_exactly_as_typed() {
        String name = Records.unique("<script>alert('x')</script> Universitas 🎉 バンドン");
        Partner partner = records.university(name);
        assertThat(SignIn.as(
                        Roles.VIEWER,
                        () -> partners.find(partner.getId()).orElseThrow().getName()))
                .isEqualTo(name);
    }

    @Test
    void a_name_over_the_limit_is_refused_before_anything_is_written() {
        Partner partner = new Partner("x".repeat(Partner.NAME_MAX + 1), PartnerKind.CITY, "ID");
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.save(partner)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void a_nul_in_a_name_is_refused_as_a_broken_rule_not_a_database_error_and_nothing_is_written() {
        long before = jdbc.queryForObject("select count(*) from partner", Long.class);
        Partner partner = new Partner("Kota\u0000Nul", PartnerKind.CITY, "ID");
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.save(partner)))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(e.getConstraintViolations())
                                .extracting(
                                        violation -> violation.getPropertyPath().toString())
                                .containsExactly("name"));
        assertThat(jdbc.queryForObject("select count(*) from partner", Long.class))
                .isEqualTo(before);
    }

    @Test
    void a_javascript_or_data_website_is_refused_by_the_service_too() {
        for (String website : List.of("javascript:window.__xss=1", "data:text/html,<script>x</script>")) {
            Partner partner = new Partner(Records.unique("Kota Tautan"), PartnerKind.CITY, "ID");
            partner.setWebsite(website);
            assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.save(partner)))
                    .isInstanceOf(ConstraintViolationException.class);
        }
    }

    @Test
    void a_name_of_exactly_the_limit_ending_in_an_emoji_is_stored_whole() {
        String name = Records.unique("Universitas").replace(' ', '-');
        name = name + "a".repeat(Partner.NAME_MAX - name.length() - 1) + "😀";
        assertThat(name.codePointCount(0, name.length())).isEqualTo(Partner.NAME_MAX);
        Partner saved = records.university(name);
        assertThat(jdbc.queryForObject("select name from partner where id = ?", String.class, saved.getId()))
                .isEqualTo(name);
    }

    @Test
    void a_reference_is_the_stored_partner_and_a_deleted_one_is_refused_as_stale() {
        Partner partner = records.city(Records.unique("Kota Rujukan"));
        assertThat(SignIn.as(
                        Roles.STAFF, () -> partners.reference(partner.getId()).getName()))
                .isEqualTo(partner.getName());
        SignIn.as(Roles.STAFF, () -> partners.delete(partner));

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.reference(partner.getId())))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void a_name_is_stored_without_the_spaces_around_it() {
        String name = Records.unique("Universitas Berspasi");
        Partner saved = records.university("  " + name + "  ");
        assertThat(jdbc.queryForObject("select name from partner where id = ?", String.class, saved.getId()))
                .isEqualTo(name);
    }

    @Test
    void
            an_indonesian_province_regency_or_city_without_a_region_code_is_refused_at_that_field_and_nothing_is_written() {
        long rows = jdbc.queryForObject("select count(*) from partner", Long.class);
        long events = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        for (PartnerKind kind : List.of(PartnerKind.PROVINCE, PartnerKind.REGENCY, PartnerKind.CITY)) {
            Partner partner = new Partner(Records.unique("Daerah Tanpa Kode"), kind, Partner.INDONESIA);
            partner.setProvince(Province.JAWA_BARAT);
            assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.save(partner)))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.field()).isEqualTo("regionCode");
                        assertThat(e.messageKey()).isEqualTo("partner.region.error.required");
                    });
        }
        assertThat(jdbc.queryForObject("select count(*) from partner", Long.class))
                .isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                .isEqualTo(events);
    }

    @Test
    void a_region_partner_keeps_its_code_when_edited_and_taking_the_code_away_is_refused() {
        Partner city = records.city(Records.unique("Kota Berkode"));
        Partner edited =
                SignIn.as(Roles.STAFF, () -> partners.find(city.getId()).orElseThrow());
        edited.setRegionCode(null);

        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.save(edited)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("regionCode"));
        assertThat(jdbc.queryForObject("select region_code from partner where id = ?", String.class, city.getId()))
                .isEqualTo(city.getRegionCode())
                .isNotNull();
    }

    @Test
    void a_city_abroad_and_an_indonesian_institution_are_saved_without_a_region_code_and_keep_their_names() {
        String abroad = Records.unique("Kota Kawasaki");
        Partner city = SignIn.as(Roles.STAFF, () -> partners.save(new Partner(abroad, PartnerKind.CITY, "JP")));
        String foreign = Records.unique("Kota Suwon");
        Partner foreignCity =
                SignIn.as(Roles.STAFF, () -> partners.save(new Partner(foreign, PartnerKind.FOREIGN_CITY, "KR")));
        String local = Records.unique("Universitas Padjadjaran");
        Partner institution = records.university(local);

        assertThat(jdbc.queryForList(
                        "select name || ' ' || kind || ' ' || coalesce(region_code, '-') from partner"
                                + " where id in (?, ?, ?) order by id",
                        String.class,
                        city.getId(),
                        foreignCity.getId(),
                        institution.getId()))
                .containsExactly(abroad + " CITY -", foreign + " FOREIGN_CITY -", local + " UNIVERSITY -");
    }
}
