package id.bandung.kerjasama.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import id.bandung.kerjasama.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The first start loads the facts of the 5 September 2017 briefing, correctly spelled, and invents nothing. */
@IntegrationTest
class FactsLoaderTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FactsLoader loader;

    @Test
    void the_thirteen_sister_cities_load_with_their_correct_names_and_countries() {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select p.name, p.country from partner p join agreement a on a.partner_id = p.id
                where a.category = 'KSDPL' and p.kind = 'FOREIGN_CITY' order by p.name""");
        assertThat(rows)
                .extracting(row -> row.get("name") + " (" + row.get("country") + ")")
                .containsExactly(
                        "Braunschweig (DE)",
                        "Cotabato (PH)",
                        "Cuenca (EC)",
                        "Fort Worth (US)",
                        "Hamamatsu (JP)",
                        "Liuzhou (CN)",
                        "Namur (BE)",
                        "Petaling Jaya (MY)",
                        "Seoul (KR)",
                        "Shenzhen (CN)",
                        "Suwon (KR)",
                        "Toyota (JP)",
                        "Yingkou (CN)");
    }

    @Test
    void the_regions_bordering_bandung_have_mandatory_regional_agreements_in_jawa_barat() {
        List<String> regions = jdbc.queryForList("""
                select p.name from partner p join agreement a on a.partner_id = p.id
                where a.category = 'KSDD' and a.obligation = 'WAJIB' and p.borders_bandung
                  and p.country = 'ID' and p.province = 'JAWA_BARAT' order by p.name""", String.class);
        assertThat(regions)
                .containsExactly("Kabupaten Bandung", "Kabupaten Bandung Barat", "Kabupaten Sumedang", "Kota Cimahi");
    }

    @Test
    void technical_cooperation_names_jsca_kawasaki_and_the_two_adb_programmes_with_the_adb_in_the_philippines() {
        List<String> agreements = jdbc.queryForList("""
                select p.name || ' (' || p.country || '): ' || a.title from agreement a
                join partner p on p.id = a.partner_id where a.category = 'KSDLL' order by a.title""", String.class);
        assertThat(agreements)
                .containsExactly(
                        "Japan Smart Community Alliance (JSCA) (JP): Kerja sama teknis dengan Japan Smart Community "
                                + "Alliance (JSCA)",
                        "Kawasaki (JP): Kerja sama teknis dengan Kawasaki",
                        "Asian Development Bank (ADB) (PH): Program ADB SIGAP",
                        "Asian Development Bank (ADB) (PH): Program ADB TRAMPIL");
        assertThat(jdbc.queryForObject("select notes from partner where name = 'Kawasaki'", String.class))
                .contains("Kota Kawasaki atau perusahaan Kawasaki");
    }

    @Test
    void the_three_most_adopted_applications_load_as_kpk_recommended() {
        assertThat(jdbc.queryForList(
                        "select acronym from software where kpk_recommended order by acronym", String.class))
                .containsExactlyInAnyOrder("e-RK", "e-Surat", "LAKIP");
    }

    @Test
    void dates_and_document_numbers_the_report_does_not_give_stay_empty() {
        Map<String, Object> filled = jdbc.queryForMap("""
                select count(signed_on) as signed, count(start_on) as started, count(end_on) as ended,
                       count(bandung_number) as bandung_numbers, count(partner_number) as partner_numbers,
                       count(document_kind) as kinds, count(*) as agreements
                from agreement""");
        assertThat(filled)
                .contains(
                        entry("signed", 0L),
                        entry("started", 0L),
                        entry("ended", 0L),
                        entry("bandung_numbers", 0L),
                        entry("partner_numbers", 0L),
                        entry("kinds", 0L),
                        entry("agreements", 21L));
    }

    @Test
    void a_database_that_already_holds_records_is_never_touched() {
        long partnersBefore = count("partner");
        long agreementsBefore = count("agreement");
        long softwareBefore = count("software");

        loader.afterSingletonsInstantiated();

        assertThat(count("partner")).isEqualTo(partnersBefore);
        assertThat(count("agreement")).isEqualTo(agreementsBefore);
        assertThat(count("software")).isEqualTo(softwareBefore);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
