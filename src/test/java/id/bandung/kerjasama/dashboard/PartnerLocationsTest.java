package id.bandung.kerjasama.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.Obligation;
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
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The partners on the map, by hand: where each lies, what it is, who is named, and who has no place yet. */
@IntegrationTest
class PartnerLocationsTest {

    @Autowired
    DashboardQueries queries;

    @Autowired
    Records records;

    @Autowired
    PartnerService partners;

    @Autowired
    AgreementService agreements;

    @Autowired
    SoftwareService software;

    @Autowired
    AdoptionService adoptions;

    @Test
    void the_briefings_partners_lie_at_their_cities_each_of_its_kind() {
        PartnerLocations locations = queries.locations(DashboardFilter.none());

        assertThat(locations.withoutCoordinates()).isZero();
        assertThat(locations.markers()).hasSize(20);
        Map<MarkerKind, Long> kinds =
                locations.markers().stream().collect(Collectors.groupingBy(MapMarker::kind, Collectors.counting()));
        assertThat(kinds)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(MarkerKind.SISTER_CITY, 13L, MarkerKind.INSTITUTION, 3L, MarkerKind.REGIONAL, 4L));
        assertThat(locations.markers())
                .filteredOn(marker -> marker.kind() == MarkerKind.SISTER_CITY)
                .extracting(MapMarker::name)
                .containsExactlyInAnyOrder(
                        "Braunschweig",
                        "Fort Worth",
                        "Suwon",
                        "Yingkou",
                        "Liuzhou",
                        "Petaling Jaya",
                        "Shenzhen",
                        "Hamamatsu",
                        "Seoul",
                        "Namur",
                        "Toyota",
                        "Cotabato",
                        "Cuenca");
        assertThat(byName(locations).get("Braunschweig"))
                .extracting(MapMarker::latitude, MapMarker::longitude)
                .containsExactly(52.2689, 10.5268);
        assertThat(byName(locations).get("Asian Development Bank (ADB)"))
                .extracting(MapMarker::latitude, MapMarker::longitude, MapMarker::kind)
                .containsExactly(14.5794, 121.0359, MarkerKind.INSTITUTION);
        assertThat(byName(locations).get("Kota Cimahi").id()).isNotNull();
    }

    @Test
    void a_partner_is_the_first_kind_that_holds_and_one_without_coordinates_is_counted_not_drawn() {
        Partner adopting = placed(Records.unique("Kota Pengadopsi"), PartnerKind.CITY, "ID", -0.9471, 100.4172);
        Partner regional = placed(Records.unique("Kabupaten Mitra"), PartnerKind.REGENCY, "ID", -7.3274, 108.2207);
        Partner company = placed(Records.unique("PT Mitra"), PartnerKind.COMPANY, "ID", -6.2088, 106.8456);
        Partner both = placed(Records.unique("Lyon"), PartnerKind.FOREIGN_CITY, "FR", 45.7640, 4.8357);
        Partner nowhere = placed(Records.unique("Kota Tanpa Titik"), PartnerKind.CITY, "ID", null, null);
        agreement(regional, Category.KSDD, Obligation.SUKARELA, null);
        agreement(both, Category.KSDLL, null, null);
        agreement(both, Category.KSDPL, null, null);
        Software app = SignIn.as(
                Roles.STAFF,
                () -> software.save(new Software(Records.unique("Aplikasi Peta"), null, SoftwareCategory.OTHER)));
        SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(adopting, app, AdoptionStatus.ADOPTED)));
        // Requested only: the company is no adopting region, and the regency stays a regional partner.
        SignIn.as(Roles.STAFF, () -> adoptions.save(new Adoption(regional, app, AdoptionStatus.REQUESTED)));

        PartnerLocations locations = queries.locations(DashboardFilter.none());

        assertThat(locations.withoutCoordinates()).isEqualTo(1);
        assertThat(locations.markers()).hasSize(24);
        assertThat(locations.markers())
                .filteredOn(marker -> Set.of(adopting.getId(), regional.getId(), company.getId(), both.getId())
                        .contains(marker.id()))
                .extracting(MapMarker::id, MapMarker::name, MapMarker::latitude, MapMarker::longitude, MapMarker::kind)
                .containsExactlyInAnyOrder(
                        tuple(adopting.getId(), adopting.getName(), -0.9471, 100.4172, MarkerKind.ADOPTING_REGION),
                        tuple(regional.getId(), regional.getName(), -7.3274, 108.2207, MarkerKind.REGIONAL),
                        tuple(company.getId(), company.getName(), -6.2088, 106.8456, MarkerKind.OTHER),
                        tuple(both.getId(), both.getName(), 45.7640, 4.8357, MarkerKind.SISTER_CITY));
        assertThat(locations.markers()).extracting(MapMarker::id).doesNotContain(nowhere.getId());
    }

    @Test
    void the_dashboards_filter_keeps_the_partners_of_the_agreements_it_selects() {
        Partner signed1997 = placed(Records.unique("Kota Lama"), PartnerKind.CITY, "ID", -3.6954, 128.1814);
        Partner unplaced1997 = placed(Records.unique("Kota Lama Tanpa Titik"), PartnerKind.CITY, "ID", null, null);
        Partner signed2001 = placed(Records.unique("Kota Baru"), PartnerKind.CITY, "ID", -5.6373, 132.7506);
        agreement(signed1997, Category.KSDD, Obligation.WAJIB, LocalDate.of(1997, 3, 1));
        agreement(unplaced1997, Category.KSDD, Obligation.WAJIB, LocalDate.of(1997, 6, 1));
        agreement(signed2001, Category.KSDD, Obligation.WAJIB, LocalDate.of(2001, 3, 1));

        PartnerLocations year = queries.locations(new DashboardFilter(1997, 1997, null));

        assertThat(year.markers()).extracting(MapMarker::id).containsExactly(signed1997.getId());
        assertThat(year.withoutCoordinates()).isEqualTo(1);
        assertThat(queries.locations(new DashboardFilter(1997, 1997, Category.KSDPL))
                        .markers())
                .isEmpty();
    }

    @Test
    void the_presentations_map_names_only_the_sister_cities_and_technical_partners_its_lists_name_and_opens_none() {
        placed(Records.unique("Kabupaten Rahasia"), PartnerKind.REGENCY, "ID", -7.0, 108.0);

        PartnerLocations shown = queries.publicLocations(18);

        assertThat(shown.markers()).hasSize(21);
        assertThat(shown.markers()).extracting(MapMarker::id).containsOnlyNulls();
        assertThat(shown.markers())
                .filteredOn(marker -> marker.name() != null)
                .extracting(MapMarker::kind)
                .containsOnly(MarkerKind.SISTER_CITY, MarkerKind.INSTITUTION)
                .hasSize(16);
        assertThat(shown.markers())
                .filteredOn(marker -> marker.kind() == MarkerKind.REGIONAL || marker.kind() == MarkerKind.OTHER)
                .extracting(MapMarker::name)
                .hasSize(5)
                .containsOnlyNulls();
        // The first two of each category by name (none has a signing date) are named; the rest are unnamed dots.
        assertThat(queries.publicLocations(2).markers())
                .filteredOn(marker -> marker.name() != null)
                .extracting(MapMarker::name)
                .containsExactlyInAnyOrder(
                        "Braunschweig",
                        "Cotabato",
                        "Asian Development Bank (ADB)",
                        "Japan Smart Community Alliance (JSCA)");
    }

    private static Map<String, MapMarker> byName(PartnerLocations locations) {
        return locations.markers().stream().collect(Collectors.toMap(MapMarker::name, Function.identity()));
    }

    private Partner placed(String name, PartnerKind kind, String country, Double latitude, Double longitude) {
        Partner partner = new Partner(name, kind, country);
        if (Partner.INDONESIA.equals(country)) {
            partner.setProvince(Province.JAWA_BARAT);
        }
        Region.Level level = Region.Level.of(kind);
        if (level != null && partner.isIndonesian()) { // a region of the official list, named after it
            partner.setRegionCode(records.freeRegion(level, name).code());
        }
        if (latitude != null) {
            partner.setLatitude(BigDecimal.valueOf(latitude));
            partner.setLongitude(BigDecimal.valueOf(longitude));
        }
        return SignIn.as(Roles.STAFF, () -> partners.save(partner));
    }

    private void agreement(Partner partner, Category category, Obligation obligation, LocalDate signedOn) {
        Agreement agreement = new Agreement(partner, category, obligation, Records.unique("Kerja sama"));
        agreement.setSignedOn(signedOn);
        SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }
}
