package id.bandung.kerjasama.software;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The adoption counts PostgreSQL keeps (V003) equal a real count after every kind of change, and a rollback. */
@CommittingTest
class AdoptionCountsTest {

    @Autowired
    SoftwareService software;

    @Autowired
    AdoptionService adoptions;

    @Autowired
    AdoptionQueries adoptionList;

    @Autowired
    Records records;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void kept_counts_follow_inserts_updates_and_deletes_and_ignore_a_rollback() {
        Partner first = records.city(Records.unique("Kota Hitung A"));
        Partner second = records.city(Records.unique("Kota Hitung B"));
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Terhitung"), null, SoftwareCategory.OTHER)));
        Adoption a = SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(first, app, AdoptionStatus.REQUESTED)));
        SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(second, app, AdoptionStatus.ADOPTED)));
        assertKeptCountsAreExact();

        Adoption changed =
                SignIn.as(Roles.STAFF, () -> adoptions.find(a.getId()).orElseThrow());
        changed.setStatus(AdoptionStatus.ADOPTED);
        SignIn.as(Roles.STAFF, () -> adoptions.save(changed));
        assertKeptCountsAreExact();
        assertThat(SignIn.as(
                        Roles.VIEWER,
                        () -> adoptionList.count(new AdoptionFilter(null, app.getId(), null, AdoptionStatus.ADOPTED))))
                .isEqualTo(2);

        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from adoption where software_id = ?", app.getId());
            status.setRollbackOnly();
        });
        assertKeptCountsAreExact();

        Adoption deleted =
                SignIn.as(Roles.STAFF, () -> adoptions.find(a.getId()).orElseThrow());
        SignIn.as(Roles.STAFF, () -> adoptions.delete(deleted));
        assertKeptCountsAreExact();
        assertThat(SignIn.as(
                        Roles.VIEWER, () -> adoptionList.count(new AdoptionFilter(null, null, first.getId(), null))))
                .isZero();
    }

    private void assertKeptCountsAreExact() {
        assertThat(jdbc.queryForList("""
                select s.software_id, s.status, s.adoptions, coalesce(a.n, 0) as actual
                from adoption_count_by_software s
                left join (select software_id, status, count(*) n from adoption group by software_id, status) a
                  on a.software_id = s.software_id and a.status = s.status
                where s.adoptions <> coalesce(a.n, 0)""")).isEmpty();
        assertThat(jdbc.queryForList("""
                select p.partner_id from adoption_count_by_partner p
                left join (select partner_id, status, count(*) n from adoption group by partner_id, status) a
                  on a.partner_id = p.partner_id and a.status = p.status
                where p.adoptions <> coalesce(a.n, 0)""")).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from (select software_id, status from adoption group by software_id, status) a
                where not exists (select 1 from adoption_count_by_software s
                                  where s.software_id = a.software_id and s.status = a.status)""", Long.class)).isZero();
    }
}
