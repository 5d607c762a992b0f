package id.bandung.kerjasama.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.base.domain.DuplicateRecordException;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The official list of regions (V015, from idn-area-data 4.0.1): the table holds exactly the package's files, every
 * code once, the four regions bordering Bandung carry their codes, and a partner with a code is that region.
 */
@IntegrationTest
class RegionTest {

    @Autowired
    RegionQueries regions;

    @Autowired
    PartnerService partners;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_table_holds_the_38_provinces_and_514_regencies_and_cities_of_the_package_each_code_once()
            throws IOException {
        List<String> expected = new ArrayList<>();
        csv("provinces.csv").forEach(row -> expected.add(row[0] + "|" + row[0] + "|" + row[1]));
        csv("regencies.csv").forEach(row -> expected.add(row[0] + "|" + row[1] + "|" + row[2]));
        List<String> stored = jdbc.queryForList(
                "select code || '|' || province_code || '|' || name from region order by code", String.class);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(jdbc.queryForList(
                        "select level || ' ' || count(*) from region group by level order by level", String.class))
                .containsExactly("CITY 98", "PROVINCE 38", "REGENCY 416");
        assertThat(jdbc.queryForObject("select count(distinct code) from region", Integer.class))
                .isEqualTo(552);
        // Every province of the app's list is one of the table's provinces, by its code.
        assertThat(Arrays.stream(Province.values()).map(Province::code))
                .containsExactlyInAnyOrderElementsOf(
                        jdbc.queryForList("select code from region where level = 'PROVINCE'", String.class));
    }

    @Test
    void the_four_regions_bordering_bandung_carry_their_codes() {
        assertThat(jdbc.queryForList(
                        "select p.name || ' ' || p.region_code || ' ' || r.name from partner p"
                                + " join region r on r.code = p.region_code where p.borders_bandung order by p.region_code",
                        String.class))
                .containsExactly(
                        "Kabupaten Bandung 32.04 Kabupaten Bandung",
                        "Kabupaten Sumedang 32.11 Kabupaten Sumedang",
                        "Kabupaten Bandung Barat 32.17 Kabupaten Bandung Barat",
                        "Kota Cimahi 32.77 Kota Cimahi");
    }

    @Test
    void a_partner_with_a_code_takes_its_name_and_province_and_a_second_partner_for_the_code_is_refused() {
        Partner garut = new Partner("Kab. Garut", PartnerKind.REGENCY, Partner.INDONESIA);
        garut.setRegionCode("32.05");
        Partner saved = SignIn.as(Roles.STAFF, () -> partners.save(garut));
        assertThat(saved.getName()).isEqualTo("Kabupaten Garut");
        assertThat(saved.getProvince()).isEqualTo(Province.JAWA_BARAT);

        Partner again = new Partner("Garut", PartnerKind.REGENCY, Partner.INDONESIA);
        again.setRegionCode("32.05");
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.save(again)))
                .isInstanceOfSatisfying(
                        DuplicateRecordException.class,
                        e -> assertThat(e.field()).isEqualTo("regionCode"));

        Partner wrongKind = new Partner("Kota Garut", PartnerKind.CITY, Partner.INDONESIA);
        wrongKind.setRegionCode("32.05");
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.save(wrongKind)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("regionCode"));
        Partner unknown = new Partner("Kota Entah", PartnerKind.CITY, Partner.INDONESIA);
        unknown.setRegionCode("32.99");
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> partners.save(unknown)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void the_search_reads_short_forms_and_codes() {
        assertThat(SignIn.as(Roles.VIEWER, () -> regions.search(Region.Level.REGENCY, "kab. bandung", 10)))
                .extracting(Region::name)
                .containsExactly("Kabupaten Bandung", "Kabupaten Bandung Barat");
        assertThat(SignIn.as(Roles.VIEWER, () -> regions.search(null, "32.77", 10)))
                .extracting(Region::name)
                .containsExactly("Kota Cimahi");
    }

    private static List<String[]> csv(String file) throws IOException {
        try (InputStream in = RegionTest.class.getResourceAsStream("/regions/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .map(line -> line.split(",", -1))
                    .toList();
        }
    }
}
