package id.bandung.kerjasama.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database itself refuses what must never be stored, whatever code writes to it. */
@IntegrationTest
class SchemaConstraintsTest {

    @Autowired
    PartnerService partners;

    @Autowired
    AgreementService agreements;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_database_refuses_a_second_partner_with_the_same_name_and_country_whatever_the_letter_case() {
        insertPartner("Kota Bogor");
        assertThatThrownBy(() -> insertPartner("KOTA BOGOR"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("partner_name_country_key");
    }

    @Test
    void the_same_name_in_another_country_is_another_partner() {
        SignIn.as(Roles.STAFF, () -> {
            partners.save(new Partner("Georgetown", PartnerKind.FOREIGN_CITY, "MY"));
            Partner guyana = partners.save(new Partner("Georgetown", PartnerKind.FOREIGN_CITY, "GY"));
            assertThat(guyana.getId()).isNotNull();
            assertThat(jdbc.queryForList(
                            "select country from partner where name = 'Georgetown' order by country", String.class))
                    .containsExactly("GY", "MY");
        });
    }

    @Test
    void the_database_refuses_a_second_adoption_of_the_same_software_by_the_same_partner() {
        long partnerId = insertPartner("Kota Sukabumi");
        long softwareId = jdbc.queryForObject("""
                insert into software (created_at, created_by, updated_at, updated_by, name, category)
                values (now(), 'test', now(), 'test', 'Aplikasi Uji', 'OTHER') returning id""", Long.class);
        String adopt = """
                insert into adoption (created_at, created_by, updated_at, updated_by, partner_id, software_id, status)
                values (now(), 'test', now(), 'test', ?, ?, ?)""";
        jdbc.update(adopt, partnerId, softwareId, "REQUESTED");
        assertThatThrownBy(() -> jdbc.update(adopt, partnerId, softwareId, "ADOPTED"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("adoption_partner_software_key");
    }

    @Test
    void the_service_refuses_an_agreement_that_ends_before_it_starts() {
        SignIn.as(Roles.STAFF, () -> {
            Partner city = new Partner("Kota Tasikmalaya", PartnerKind.CITY, "ID");
            city.setRegionCode("32.78");
            Partner partner = partners.save(city);
            Agreement agreement = new Agreement(partner, Category.KSDD, Obligation.SUKARELA, "Uji tanggal");
            agreement.setStartOn(LocalDate.of(2024, 5, 1));
            agreement.setEndOn(LocalDate.of(2024, 4, 30));
            assertThatThrownBy(() -> agreements.save(agreement))
                    .isInstanceOfSatisfying(
                            ConstraintViolationException.class,
                            e -> assertThat(e.getConstraintViolations())
                                    .extracting(violation ->
                                            violation.getPropertyPath().toString())
                                    .containsExactly("endOn"));
        });
    }

    @Test
    void the_database_refuses_an_agreement_that_ends_before_it_starts_even_past_the_application() {
        long partnerId = insertPartner("Kota Banjar");
        assertThatThrownBy(() -> jdbc.update("""
                insert into agreement (created_at, created_by, updated_at, updated_by, partner_id, category,
                                       obligation, title, start_on, end_on)
                values (now(), 'test', now(), 'test', ?, 'KSDD', 'SUKARELA', 'Uji', date '2024-05-01',
                        date '2024-04-30')""", partnerId))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_ends_after_start");
    }

    @Test
    void the_database_refuses_an_obligation_outside_regional_cooperation_and_ksdd_without_one() {
        long partnerId = insertPartner("Kota Depok");
        String insert = """
                insert into agreement (created_at, created_by, updated_at, updated_by, partner_id, category,
                                       obligation, title)
                values (now(), 'test', now(), 'test', ?, ?, ?, 'Uji')""";
        assertThatThrownBy(() -> jdbc.update(insert, partnerId, "KSDPL", "WAJIB"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_obligation_only_for_ksdd");
    }

    @Test
    void the_database_refuses_a_regional_agreement_without_an_obligation() {
        long partnerId = insertPartner("Kota Bekasi");
        assertThatThrownBy(() -> jdbc.update("""
                insert into agreement (created_at, created_by, updated_at, updated_by, partner_id, category, title)
                values (now(), 'test', now(), 'test', ?, 'KSDD', 'Uji')""", partnerId))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("agreement_obligation_only_for_ksdd");
    }

    @Test
    void the_database_refuses_a_value_outside_an_enumeration() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into partner (created_at, created_by, updated_at, updated_by, name, kind, country)
                values (now(), 'test', now(), 'test', 'Uji', 'PLANET', 'ID')"""))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("partner_kind_check");
    }

    private long insertPartner(String name) {
        return jdbc.queryForObject("""
                insert into partner (created_at, created_by, updated_at, updated_by, name, kind, country, province)
                values (now(), 'test', now(), 'test', ?, 'CITY', 'ID', 'JAWA_BARAT') returning id""", Long.class, name);
    }
}
