package id.bandung.kerjasama.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementFilter;
import id.bandung.kerjasama.agreement.AgreementQueries;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.ComplianceCheck;
import id.bandung.kerjasama.agreement.ComplianceService;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.dashboard.DashboardService.CategoryKey;
import id.bandung.kerjasama.monitoring.MonevService;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.partner.Region;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.software.Adoption;
import id.bandung.kerjasama.software.AdoptionService;
import id.bandung.kerjasama.software.AdoptionStatus;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareCategory;
import id.bandung.kerjasama.software.SoftwareService;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each aggregate against hand-counted data: a small set of agreements signed in 1997 (a year nothing else uses),
 * counted by hand below, and, for the unfiltered figures, the change that adding them makes.
 */
@CommittingTest // the dashboard counts on Spring's task executor, in transactions of its own
class DashboardServiceTest {

    private static final DashboardFilter YEAR_1997 = new DashboardFilter(1997, 1997, null);

    @Autowired
    DashboardService dashboard;

    @Autowired
    DashboardQueries queries;

    @Autowired
    PartnerService partners;

    @Autowired
    AgreementService agreements;

    @Autowired
    SoftwareService software;

    @Autowired
    AdoptionService adoptions;

    @Autowired
    Records records;

    @Autowired
    AgreementQueries agreementQueries;

    @Autowired
    ComplianceService compliance;

    @Autowired
    MonevService monev;

    @Autowired
    Clock clock;

    @Test
    void every_aggregate_matches_the_hand_counted_records() {
        HeadlineFigures before = SignIn.as(Roles.VIEWER, () -> queries.headline(DashboardFilter.none()));
        Map<String, Long> countriesBefore =
                byKey(SignIn.as(Roles.VIEWER, () -> queries.partnersByCountry(DashboardFilter.none())));
        LocalDate today = LocalDate.now(clock);

        // Hand-counted: two partners in Maluku (ID), one town in New Zealand.
        Partner ambon = partner("Kota Ambon", PartnerKind.CITY, "ID", Province.MALUKU);
        Partner tual = partner("Kota Tual", PartnerKind.CITY, "ID", Province.MALUKU);
        Partner nelson = partner("Nelson " + Records.unique(""), PartnerKind.FOREIGN_CITY, "NZ", null);
        // Four agreements signed in 1997: three regional (two mandatory, one voluntary), one sister city.
        agreement(
                ambon,
                Category.KSDD,
                Obligation.WAJIB,
                LocalDate.of(1997, 3, 1),
                null,
                EnumSet.of(CooperationField.PARIWISATA, CooperationField.EKONOMI));
        agreement(
                ambon,
                Category.KSDD,
                Obligation.SUKARELA,
                LocalDate.of(1997, 5, 1),
                today.plusDays(30),
                EnumSet.of(CooperationField.PARIWISATA));
        agreement(
                tual,
                Category.KSDD,
                Obligation.WAJIB,
                LocalDate.of(1997, 8, 1),
                LocalDate.of(2001, 8, 1),
                EnumSet.of(CooperationField.KESEHATAN));
        agreement(
                nelson, Category.KSDPL, null, LocalDate.of(1997, 11, 1), null, EnumSet.of(CooperationField.KEBUDAYAAN));

        assertThat(SignIn.as(Roles.VIEWER, () -> queries.agreementsByCategory(YEAR_1997)))
                .containsExactlyInAnyOrder(
                        new Count<>(new CategoryKey(Category.KSDD, Obligation.WAJIB), 2),
                        new Count<>(new CategoryKey(Category.KSDD, Obligation.SUKARELA), 1),
                        new Count<>(new CategoryKey(Category.KSDPL, null), 1));
        assertThat(byKey(SignIn.as(Roles.VIEWER, () -> queries.agreementsByField(YEAR_1997))))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("PARIWISATA", 2L, "EKONOMI", 1L, "KESEHATAN", 1L, "KEBUDAYAAN", 1L));
        assertThat(SignIn.as(Roles.VIEWER, () -> queries.signedPerYear(YEAR_1997)))
                .containsExactlyInAnyOrder(
                        new YearCount(1997, Category.KSDD, 3), new YearCount(1997, Category.KSDPL, 1));
        assertThat(byKey(SignIn.as(Roles.VIEWER, () -> queries.agreementsByStatus(YEAR_1997))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("ACTIVE", 2L, "EXPIRING", 1L, "EXPIRED", 1L));
        assertThat(byKey(SignIn.as(Roles.VIEWER, () -> queries.partnersByCountry(YEAR_1997))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("ID", 2L, "NZ", 1L));
        assertThat(byKey(SignIn.as(Roles.VIEWER, () -> queries.partnersByProvince(YEAR_1997))))
                .containsExactlyInAnyOrderEntriesOf(Map.of("MALUKU", 2L));
        HeadlineFigures year = SignIn.as(Roles.VIEWER, () -> queries.headline(YEAR_1997));
        assertThat(year.partners()).isEqualTo(3);
        assertThat(year.indonesianRegions()).isEqualTo(2);
        assertThat(year.sisterCities()).isEqualTo(1);
        assertThat(year.foreignInstitutions()).isZero();
        assertThat(year.active()).isEqualTo(2);
        assertThat(year.expiring()).isEqualTo(1);
        DashboardFilter sisterCities1997 = new DashboardFilter(1997, 1997, Category.KSDPL);
        assertThat(SignIn.as(Roles.VIEWER, () -> queries.headline(sisterCities1997))
                        .partners())
                .isEqualTo(1);

        HeadlineFigures after = SignIn.as(Roles.VIEWER, () -> queries.headline(DashboardFilter.none()));
        assertThat(after.partners() - before.partners()).isEqualTo(3);
        assertThat(after.indonesianRegions() - before.indonesianRegions()).isEqualTo(2);
        assertThat(after.sisterCities() - before.sisterCities()).isEqualTo(1);
        assertThat(after.active() - before.active()).isEqualTo(2);
        assertThat(after.expiring() - before.expiring()).isEqualTo(1);
        Map<String, Long> countriesAfter =
                byKey(SignIn.as(Roles.VIEWER, () -> queries.partnersByCountry(DashboardFilter.none())));
        assertThat(countriesAfter.get("NZ") - countriesBefore.getOrDefault("NZ", 0L))
                .isEqualTo(1);
        assertThat(countriesAfter.get("ID") - countriesBefore.get("ID")).isEqualTo(2);

        // The whole dashboard, its queries side by side on the task executor, adds up to the same figures.
        DashboardFigures whole = SignIn.as(Roles.VIEWER, () -> dashboard.figures(YEAR_1997));
        assertThat(whole.headline()).isEqualTo(year.withMonev(SignIn.as(Roles.VIEWER, () -> queries.monev(YEAR_1997))));
        assertThat(whole.agreementsByStatus())
                .containsExactlyInAnyOrderElementsOf(
                        SignIn.as(Roles.VIEWER, () -> queries.agreementsByStatus(YEAR_1997)));
        assertThat(whole.partnersByCountry())
                .containsExactlyElementsOf(SignIn.as(Roles.VIEWER, () -> queries.partnersByCountry(YEAR_1997)));
    }

    @Test
    void adoption_figures_count_adopted_software_and_the_regions_that_adopted() {
        HeadlineFigures before = SignIn.as(Roles.VIEWER, () -> queries.headline(DashboardFilter.none()));
        Map<String, Long> statusBefore = byKey(SignIn.as(Roles.VIEWER, () -> queries.adoptionsByStatus()));
        Partner region = records.city(Records.unique("Kota Pemakai"));
        Partner company = partner(Records.unique("PT Pemakai"), PartnerKind.COMPANY, "ID", null);
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Terlaris"), null, SoftwareCategory.OTHER)));
        Software other = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Lain"), null, SoftwareCategory.OTHER)));
        for (int i = 0; i < 3; i++) {
            Partner adopter = records.city(Records.unique("Kota Pengguna"));
            SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(adopter, app, AdoptionStatus.ADOPTED)));
        }
        SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(region, other, AdoptionStatus.ADOPTED)));
        SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(company, other, AdoptionStatus.ADOPTED)));
        SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(region, app, AdoptionStatus.REQUESTED)));

        HeadlineFigures after = SignIn.as(Roles.VIEWER, () -> queries.headline(DashboardFilter.none()));
        assertThat(after.adoptions() - before.adoptions()).isEqualTo(5);
        assertThat(after.adoptingRegions() - before.adoptingRegions()).isEqualTo(4);
        assertThat(after.software() - before.software()).isEqualTo(2);
        Map<String, Long> statusAfter = byKey(SignIn.as(Roles.VIEWER, () -> queries.adoptionsByStatus()));
        assertThat(statusAfter.get("ADOPTED") - statusBefore.getOrDefault("ADOPTED", 0L))
                .isEqualTo(5);
        assertThat(statusAfter.get("REQUESTED") - statusBefore.getOrDefault("REQUESTED", 0L))
                .isEqualTo(1);
        List<SoftwareCount> top = SignIn.as(Roles.VIEWER, () -> queries.mostAdoptedSoftware());
        assertThat(top)
                .contains(
                        new SoftwareCount(app.getId(), app.getName(), 3),
                        new SoftwareCount(other.getId(), other.getName(), 2));
        assertThat(top.stream().map(SoftwareCount::adoptions).toList())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void the_monev_figures_count_reported_and_overdue_agreements_in_force_as_the_issue_filter_lists_them() {
        LocalDate today = LocalDate.now(clock);
        HeadlineFigures before = SignIn.as(Roles.VIEWER, () -> dashboard.figuresFromDatabase(DashboardFilter.none()))
                .headline();
        AgreementFilter overdueFilter =
                AgreementFilter.fromParameters(Map.of("issue", List.of(ComplianceCheck.NO_MONEV_12M.name())));
        long listedBefore = SignIn.as(Roles.VIEWER, () -> agreementQueries.count(overdueFilter));
        assertThat(before.monevOverdue()).isEqualTo(listedBefore);

        Agreement overdue = inForceSince(today.minusYears(2), "Tanpa laporan");
        Agreement accepted = inForceSince(today.minusYears(2), "Tanpa laporan, diterima");
        Agreement reported = inForceSince(today.minusYears(2), "Dilaporkan");
        inForceSince(today.minusMonths(3), "Baru berlaku");
        SignIn.as(
                Roles.STAFF,
                () -> monev.save(Records.monevReport(reported, today.minusMonths(6), today.minusMonths(1))));
        SignIn.as(
                Roles.STAFF,
                () -> compliance.acknowledge(
                        accepted.getId(), ComplianceCheck.NO_MONEV_12M, "Laporan diserahkan lewat surat dinas"));

        HeadlineFigures after = SignIn.as(Roles.VIEWER, () -> dashboard.figuresFromDatabase(DashboardFilter.none()))
                .headline();
        assertThat(after.inForce()).isEqualTo(before.inForce() + 4);
        assertThat(after.monevReported()).isEqualTo(before.monevReported() + 1);
        assertThat(after.monevOverdue()).isEqualTo(before.monevOverdue() + 1);
        assertThat(after.monevOverdue())
                .isEqualTo(SignIn.as(Roles.VIEWER, () -> agreementQueries.count(overdueFilter)));
        assertThat(overdue.getId()).isPositive();
    }

    private Agreement inForceSince(LocalDate start, String title) {
        return records.inForce("Kota Monev", title, start, start.plusYears(5));
    }

    private Partner partner(String name, PartnerKind kind, String country, Province province) {
        Partner partner = new Partner(name, kind, country);
        partner.setProvince(province);
        Region.Level level = Region.Level.of(kind);
        if (level != null && partner.isIndonesian()) { // the region of that name in the official list
            Region region = records.freeRegion(level, name);
            assertThat(region.name()).isEqualTo(name);
            partner.setRegionCode(region.code());
        }
        return SignIn.as(Roles.STAFF, () -> partners.save(partner));
    }

    private void agreement(
            Partner partner,
            Category category,
            Obligation obligation,
            LocalDate signed,
            LocalDate end,
            EnumSet<CooperationField> fields) {
        Agreement agreement = new Agreement(partner, category, obligation, Records.unique("Naskah 1997"));
        agreement.setSignedOn(signed);
        agreement.setStartOn(signed);
        agreement.setEndOn(end);
        agreement.setFields(fields);
        SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }

    private static <K> Map<String, Long> byKey(List<Count<K>> counts) {
        return counts.stream().collect(Collectors.toMap(count -> String.valueOf(count.key()), Count::count));
    }
}
