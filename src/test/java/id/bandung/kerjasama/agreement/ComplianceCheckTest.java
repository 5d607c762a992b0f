package id.bandung.kerjasama.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.audit.AuditQueries;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each compliance check with a record that trips it and one that does not, read on the record and through the
 * list's {@code ?issue=} filter (the same SQL); acknowledgement with a reason, audited.
 */
@IntegrationTest
class ComplianceCheckTest {

    @Autowired
    ComplianceService compliance;

    @Autowired
    AgreementService agreements;

    @Autowired
    StageService stages;

    @Autowired
    AgreementQueries queries;

    @Autowired
    PartnerService partners;

    @Autowired
    Records records;

    @Autowired
    AuditQueries audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private LocalDate today;

    @Test
    void a_term_longer_than_five_years_trips_and_exactly_five_does_not() {
        today = LocalDate.now(clock);
        LocalDate start = LocalDate.of(2022, 1, 1);
        Agreement tooLong = regional(a -> {
            a.setStartOn(start);
            a.setEndOn(start.plusYears(5).plusDays(1));
        });
        Agreement fiveYears = regional(a -> {
            a.setStartOn(start);
            a.setEndOn(start.plusYears(5));
        });
        assertTrips(tooLong, ComplianceCheck.TERM_OVER_5Y);
        assertDoesNotTrip(fiveYears, ComplianceCheck.TERM_OVER_5Y);
    }

    @Test
    void a_pks_without_its_kesepakatan_bersama_trips_and_one_naming_it_does_not() {
        today = LocalDate.now(clock);
        Agreement orphan = regional(a -> a.setDocumentKind(DocumentKind.PERJANJIAN_KERJA_SAMA));
        Agreement memo = regional(a -> a.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA));
        Agreement child = regional(memo.getPartner(), a -> {
            a.setDocumentKind(DocumentKind.PERJANJIAN_KERJA_SAMA);
            a.setParent(memo);
        });
        assertTrips(orphan, ComplianceCheck.PKS_WITHOUT_KB);
        assertDoesNotTrip(child, ComplianceCheck.PKS_WITHOUT_KB);
        assertDoesNotTrip(memo, ComplianceCheck.PKS_WITHOUT_KB);
    }

    @Test
    void ksdd_that_burdens_the_public_or_is_unbudgeted_needs_dprd_approval_once_signed() {
        today = LocalDate.now(clock);
        Agreement burdens = regional(a -> {
            a.setBurdensPublic(true);
            a.setSignedOn(today.minusDays(3));
        });
        Agreement unbudgeted = regional(a -> {
            a.setUnbudgeted(true);
            a.setSignedOn(today.minusDays(3));
        });
        Agreement plain = regional(a -> a.setSignedOn(today.minusDays(3)));
        Agreement stillProposed = regional(a -> a.setBurdensPublic(true));
        Agreement approved = regional(a -> a.setBurdensPublic(true));
        approved = step(approved, Stage.PROPOSAL, "Dinas Lingkungan Hidup", null);
        approved = step(approved, Stage.TKKSD_RECOMMENDATION, null, null);
        approved = step(approved, Stage.DPRD_APPROVAL, null, "KEP/DPRD/1");
        approved = step(approved, Stage.KB_SIGNED, null, "1/KB");
        assertTrips(burdens, ComplianceCheck.KSDD_WITHOUT_DPRD);
        assertTrips(unbudgeted, ComplianceCheck.KSDD_WITHOUT_DPRD);
        assertDoesNotTrip(plain, ComplianceCheck.KSDD_WITHOUT_DPRD);
        assertDoesNotTrip(stillProposed, ComplianceCheck.KSDD_WITHOUT_DPRD);
        assertDoesNotTrip(approved, ComplianceCheck.KSDD_WITHOUT_DPRD);
        assertDoesNotTrip(approved, ComplianceCheck.NO_TKKSD_RECOMMENDATION);
    }

    @Test
    void cooperation_abroad_needs_dprd_and_central_approval_and_the_briefing_sister_cities_lack_both() {
        today = LocalDate.now(clock);
        Agreement signedBare = foreign(a -> a.setSignedOn(today.minusDays(10)));
        Agreement full = foreign(a -> {});
        full = step(full, Stage.PROPOSAL, "Bagian Kerja Sama", null);
        full = step(full, Stage.TKKSD_RECOMMENDATION, null, null);
        full = step(full, Stage.DPRD_APPROVAL, null, "KEP/DPRD/2");
        Agreement dprdOnlyThenSigned = full;
        full = step(full, Stage.CENTRAL_APPROVAL, null, "100/Kemendagri");
        full = step(full, Stage.KB_SIGNED, null, "2/KB");
        assertTrips(signedBare, ComplianceCheck.FOREIGN_WITHOUT_DPRD);
        assertTrips(signedBare, ComplianceCheck.FOREIGN_WITHOUT_CENTRAL);
        assertDoesNotTrip(full, ComplianceCheck.FOREIGN_WITHOUT_DPRD);
        assertDoesNotTrip(full, ComplianceCheck.FOREIGN_WITHOUT_CENTRAL);
        // before signing, a missing approval is not yet a breach
        assertDoesNotTrip(dprdOnlyThenSigned, ComplianceCheck.FOREIGN_WITHOUT_CENTRAL);

        Integer sisterCitiesWithout = jdbc.queryForObject(
                "select count(*) from agreement a where a.category = 'KSDPL' and a.sample = false and "
                        + ComplianceCheck.FOREIGN_WITHOUT_CENTRAL.condition()
                        + " and a.notes like 'Tanggal dan nomor naskah belum dicatat%'",
                Integer.class);
        assertThat(sisterCitiesWithout).isEqualTo(13);
    }

    @Test
    void only_a_pks_may_be_signed_by_proxy_and_only_with_a_power_of_attorney() {
        today = LocalDate.now(clock);
        Agreement memo = regional(a -> a.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA));
        Agreement memoByProxy = regional(a -> {
            a.setSignedByProxy(true);
            a.setPowerOfAttorney("SK/12/2026");
        });
        Agreement pksWithout = regional(memo.getPartner(), a -> {
            a.setDocumentKind(DocumentKind.PERJANJIAN_KERJA_SAMA);
            a.setParent(memo);
            a.setSignedByProxy(true);
        });
        Agreement pksWith = regional(memo.getPartner(), a -> {
            a.setDocumentKind(DocumentKind.PERJANJIAN_KERJA_SAMA);
            a.setParent(memo);
            a.setSignedByProxy(true);
            a.setPowerOfAttorney("SK/13/2026");
        });
        assertTrips(memoByProxy, ComplianceCheck.PROXY_WITHOUT_POWER);
        assertTrips(pksWithout, ComplianceCheck.PROXY_WITHOUT_POWER);
        assertDoesNotTrip(pksWith, ComplianceCheck.PROXY_WITHOUT_POWER);
        assertDoesNotTrip(memo, ComplianceCheck.PROXY_WITHOUT_POWER);
    }

    @Test
    void signing_without_a_tkksd_recommendation_before_it_trips() {
        today = LocalDate.now(clock);
        Agreement bare = regional(a -> a.setSignedOn(today.minusDays(1)));
        Agreement draft = regional(a -> {});
        Agreement reviewed = regional(a -> {});
        reviewed = step(reviewed, Stage.PROPOSAL, "Dinas Perhubungan", null);
        reviewed = step(reviewed, Stage.TKKSD_RECOMMENDATION, null, null);
        reviewed = step(reviewed, Stage.KB_SIGNED, null, "3/KB");
        assertTrips(bare, ComplianceCheck.NO_TKKSD_RECOMMENDATION);
        assertDoesNotTrip(draft, ComplianceCheck.NO_TKKSD_RECOMMENDATION);
        assertDoesNotTrip(reviewed, ComplianceCheck.NO_TKKSD_RECOMMENDATION);
    }

    @Test
    void an_acknowledged_warning_stays_on_the_record_with_its_reason_leaves_the_filter_and_is_audited() {
        today = LocalDate.now(clock);
        Agreement old = foreign(a -> a.setSignedOn(LocalDate.of(2009, 5, 1)));
        long id = old.getId();
        assertThatThrownBy(() -> SignIn.as(
                        Roles.STAFF, () -> compliance.acknowledge(id, ComplianceCheck.FOREIGN_WITHOUT_DPRD, "  ")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> SignIn.as(
                        Roles.STAFF,
                        () -> compliance.acknowledge(
                                id, ComplianceCheck.FOREIGN_WITHOUT_DPRD, "disetujui \u202Eiladih\u202C")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> SignIn.as(
                        Roles.STAFF, () -> compliance.acknowledge(id, ComplianceCheck.TERM_OVER_5Y, "tidak relevan")))
                .isInstanceOf(id.bandung.kerjasama.base.domain.RuleViolationException.class);
        SignIn.as(
                Roles.STAFF,
                () -> compliance.acknowledge(
                        id, ComplianceCheck.FOREIGN_WITHOUT_DPRD, "Naskah 2009, sebelum PP 28/2018 berlaku"));
        List<ComplianceWarning> warnings = SignIn.as(Roles.VIEWER, () -> compliance.warnings(id));
        assertThat(warnings)
                .filteredOn(warning -> warning.check() == ComplianceCheck.FOREIGN_WITHOUT_DPRD)
                .singleElement()
                .satisfies(warning -> {
                    assertThat(warning.acknowledged()).isTrue();
                    assertThat(warning.reason()).isEqualTo("Naskah 2009, sebelum PP 28/2018 berlaku");
                });
        assertThat(listed(ComplianceCheck.FOREIGN_WITHOUT_DPRD)).doesNotContain(id);
        assertThat(listed(ComplianceCheck.FOREIGN_WITHOUT_CENTRAL)).contains(id);
        assertThat(SignIn.as(Roles.VIEWER, () -> audit.history(Agreement.RECORD_TYPE, id)))
                .flatExtracting(row -> row.changes())
                .anySatisfy(change -> {
                    assertThat(change.field()).isEqualTo("compliance.FOREIGN_WITHOUT_DPRD");
                    assertThat(change.newValue()).isEqualTo("Naskah 2009, sebelum PP 28/2018 berlaku");
                });
        SignIn.as(Roles.STAFF, () -> compliance.withdraw(id, ComplianceCheck.FOREIGN_WITHOUT_DPRD));
        assertThat(listed(ComplianceCheck.FOREIGN_WITHOUT_DPRD)).contains(id);
    }

    private void assertTrips(Agreement agreement, ComplianceCheck check) {
        assertThat(tripped(agreement))
                .as("%s on %s", check, agreement.getTitle())
                .contains(check);
        assertThat(listed(check)).contains(agreement.getId());
    }

    private void assertDoesNotTrip(Agreement agreement, ComplianceCheck check) {
        assertThat(tripped(agreement))
                .as("%s on %s", check, agreement.getTitle())
                .doesNotContain(check);
        assertThat(listed(check)).doesNotContain(agreement.getId());
    }

    private Set<ComplianceCheck> tripped(Agreement agreement) {
        return SignIn.as(Roles.VIEWER, () -> compliance.warnings(agreement.getId())).stream()
                .map(ComplianceWarning::check)
                .collect(Collectors.toSet());
    }

    private List<Long> listed(ComplianceCheck check) {
        AgreementFilter filter =
                new AgreementFilter(null, null, null, null, null, null, null, null, null, null, check, null);
        return SignIn.as(Roles.VIEWER, () -> queries.list(filter, PageRequest.of(0, 1000))).stream()
                .map(AgreementRow::id)
                .toList();
    }

    private Agreement step(Agreement agreement, Stage stage, String detail, String number) {
        return SignIn.as(
                Roles.STAFF,
                () -> stages.record(
                        agreement.getId(),
                        agreement.getVersion(),
                        new StageEntry(stage, today, number, detail),
                        null,
                        null,
                        0));
    }

    private Agreement regional(Consumer<Agreement> setUp) {
        return regional(null, setUp);
    }

    private Agreement regional(Partner partner, Consumer<Agreement> setUp) {
        Partner owner = partner != null ? partner : records.city(Records.unique("Kota Uji"));
        Agreement agreement = new Agreement(owner, Category.KSDD, Obligation.SUKARELA, Records.unique("KSDD"));
        agreement.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA);
        agreement.setFields(EnumSet.of(CooperationField.EKONOMI));
        setUp.accept(agreement);
        return SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }

    private Agreement foreign(Consumer<Agreement> setUp) {
        Partner partner = SignIn.as(
                Roles.STAFF,
                () -> partners.save(new Partner(Records.unique("Kota Luar"), PartnerKind.FOREIGN_CITY, "KR")));
        Agreement agreement = new Agreement(partner, Category.KSDPL, null, Records.unique("Sister city"));
        agreement.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA);
        agreement.setFields(EnumSet.of(CooperationField.KEBUDAYAAN));
        setUp.accept(agreement);
        return SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }
}
