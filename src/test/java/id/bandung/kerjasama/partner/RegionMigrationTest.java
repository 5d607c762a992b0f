package id.bandung.kerjasama.partner;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.database.FreshDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V015 on a database that already holds partners typed free-hand: a partner named as a region (any letter case,
 * "Kab." for "Kabupaten") gets that region's code, one of the same kind only; two partners that are the same region
 * leave it to staff; a name that is no region keeps no code.
 */
class RegionMigrationTest {

    @Test
    void existing_partners_named_as_a_region_get_its_code() throws Exception {
        try (FreshDatabase fresh = FreshDatabase.empty()) {
            flyway(fresh, "13").migrate();
            JdbcTemplate jdbc = fresh.jdbc();
            partner(jdbc, "Kota Cimahi", "CITY", "ID");
            partner(jdbc, "kab. bandung barat", "REGENCY", "ID");
            partner(jdbc, "Kab Sumedang", "REGENCY", "ID");
            partner(jdbc, "Provinsi Jawa Barat", "PROVINCE", "ID");
            partner(jdbc, "Kabupaten Garut", "CITY", "ID"); // the wrong kind: no code
            partner(jdbc, "Kota Bogor", "CITY", "ID");
            partner(jdbc, "KOTA BOGOR ", "CITY", "ID"); // the same region twice: staff decide
            partner(jdbc, "Kota Sejahtera", "CITY", "ID"); // no such region
            partner(jdbc, "Kota Cimahi", "FOREIGN_CITY", "JP"); // abroad

            flyway(fresh, "15").migrate();

            assertThat(jdbc.queryForList(
                            "select name || ' ' || kind || ' ' || coalesce(region_code, '-') from partner order by id",
                            String.class))
                    .containsExactly(
                            "Kota Cimahi CITY 32.77",
                            "kab. bandung barat REGENCY 32.17",
                            "Kab Sumedang REGENCY 32.11",
                            "Provinsi Jawa Barat PROVINCE 32",
                            "Kabupaten Garut CITY -",
                            "Kota Bogor CITY -",
                            "KOTA BOGOR  CITY -",
                            "Kota Sejahtera CITY -",
                            "Kota Cimahi FOREIGN_CITY -");
        }
    }

    private static Flyway flyway(FreshDatabase fresh, String target) {
        return Flyway.configure()
                .dataSource(fresh.dataSource())
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    private static void partner(JdbcTemplate jdbc, String name, String kind, String country) {
        jdbc.update(
                "insert into partner (created_at, created_by, updated_at, updated_by, name, kind, country, sample)"
                        + " values (now(), 'test', now(), 'test', ?, ?, ?, false)",
                name,
                kind,
                country);
    }
}
