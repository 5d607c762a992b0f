package id.bandung.kerjasama.partner.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.partner.Region;
import id.bandung.kerjasama.partner.RegionQueries;
import id.bandung.kerjasama.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An Indonesian regency is chosen from the official list: the list offers regencies only, reads "kab." and codes, and
 * the name and province follow; a region already recorded as another partner is refused at the region field, and so
 * is a city saved without its region, while partners abroad and other kinds are saved without one.
 */
class RegionPickerTest extends KaribuTest {

    @Autowired
    RegionQueries regions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_choose_a_regency_from_the_list_and_its_name_and_province_follow() {
        signIn("staf");
        navigate("partners/new");
        PartnerForm form = _get(PartnerListView.class).form;
        _setValue(form.country, "JP");
        _setValue(form.kind, PartnerKind.REGENCY);
        assertThat(form.region.isVisible()).isFalse();
        _setValue(form.country, "ID");
        assertThat(form.region.isVisible()).isTrue();

        setUserInput(form.region, "kab. garut");
        assertThat(getSuggestions(form.region)).containsExactly("Kabupaten Garut (32.05)");
        setUserInput(form.region, "32.7");
        assertThat(getSuggestions(form.region)).isEmpty(); // 32.7x are cities, not regencies

        Region garut = regions.find("32.05").orElseThrow();
        _setValue(form.region, garut);
        assertThat(form.name.getValue()).isEqualTo("Kabupaten Garut");
        assertThat(form.name.isReadOnly()).isTrue();
        assertThat(form.province.getValue()).isEqualTo(Province.JAWA_BARAT);
        _click(form.buttons.save);
        assertThat(jdbc.queryForObject(
                        "select name || ' ' || province || ' ' || region_code from partner where region_code = '32.05'",
                        String.class))
                .isEqualTo("Kabupaten Garut JAWA_BARAT 32.05");
    }

    @Test
    void a_region_already_recorded_as_a_partner_is_refused_at_the_region_field() {
        signIn("staf");
        navigate("partners/new");
        PartnerForm form = _get(PartnerListView.class).form;
        _setValue(form.country, "ID");
        _setValue(form.kind, PartnerKind.CITY);
        _setValue(form.region, regions.find("32.77").orElseThrow());
        _click(form.buttons.save);
        assertThat(form.region.isInvalid()).isTrue();
        assertThat(form.region.getErrorMessage()).isEqualTo("Wilayah ini sudah tercatat sebagai mitra lain.");
        assertThat(jdbc.queryForObject("select count(*) from partner where region_code = '32.77'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void saving_a_city_without_choosing_its_region_is_refused_at_the_region_field_and_writes_nothing() {
        int partners = jdbc.queryForObject("select count(*) from partner", Integer.class);
        signIn("staf");
        navigate("partners/new");
        PartnerForm form = _get(PartnerListView.class).form;
        _setValue(form.country, "ID");
        _setValue(form.kind, PartnerKind.CITY);
        assertThat(form.region.isVisible()).isTrue();
        assertThat(form.region.isRequiredIndicatorVisible()).isTrue();
        _setValue(form.name, "Kota Tanpa Wilayah");
        _setValue(form.province, Province.JAWA_BARAT);
        _click(form.buttons.save);

        assertThat(form.region.isInvalid()).isTrue();
        assertThat(form.region.getErrorMessage()).isEqualTo("Pilih wilayah dari daftar resmi Kemendagri.");
        expectNoNotifications();
        assertThat(jdbc.queryForObject("select count(*) from partner", Integer.class))
                .isEqualTo(partners);

        _setValue(form.region, regions.find("32.78").orElseThrow());
        assertThat(form.region.isInvalid()).isFalse();
        _click(form.buttons.save);
        expectNotifications("Mitra Kota Tasikmalaya disimpan.");
        assertThat(jdbc.queryForObject(
                        "select name || ' ' || province from partner where region_code = '32.78'", String.class))
                .isEqualTo("Kota Tasikmalaya JAWA_BARAT");
    }

    @Test
    void the_region_field_is_hidden_and_not_asked_for_abroad_or_for_other_kinds() {
        signIn("staf");
        navigate("partners/new");
        PartnerForm form = _get(PartnerListView.class).form;
        _setValue(form.country, "ID");
        _setValue(form.kind, PartnerKind.UNIVERSITY);
        assertThat(form.region.isVisible()).isFalse();
        _setValue(form.name, "Universitas Tanpa Wilayah");
        _click(form.buttons.save);
        expectNotifications("Mitra Universitas Tanpa Wilayah disimpan.");

        navigate("partners/new");
        PartnerForm abroad = _get(PartnerListView.class).form;
        _setValue(abroad.country, "JP");
        _setValue(abroad.kind, PartnerKind.CITY);
        assertThat(abroad.region.isVisible()).isFalse();
        _setValue(abroad.name, "Kota Kawasaki");
        _click(abroad.buttons.save);
        expectNotifications("Mitra Kota Kawasaki disimpan.");
        assertThat(jdbc.queryForList(
                        "select name || ' ' || coalesce(region_code, '-') from partner"
                                + " where name in ('Universitas Tanpa Wilayah', 'Kota Kawasaki') order by name",
                        String.class))
                .containsExactly("Kota Kawasaki -", "Universitas Tanpa Wilayah -");
    }

    @Test
    void a_region_partner_opens_with_its_region_and_no_changes_whatever_the_form_showed_before() {
        long cimahi = jdbc.queryForObject("select id from partner where region_code = '32.77'", Long.class);
        long sumedang = jdbc.queryForObject("select id from partner where region_code = '32.11'", Long.class);
        long suwon = jdbc.queryForObject("select id from partner where name = 'Suwon'", Long.class);
        signIn("staf");
        for (long id : new long[] {cimahi, suwon, cimahi, sumedang, cimahi}) {
            navigate("partners/" + id);
            PartnerListView view = _get(PartnerListView.class);
            String code = jdbc.queryForObject("select region_code from partner where id = ?", String.class, id);
            assertThat(view.form.region.isVisible()).isEqualTo(code != null);
            assertThat(view.form.region.getValue())
                    .isEqualTo(code == null ? null : regions.find(code).orElseThrow());
            assertThat(view.form.name.isReadOnly()).isEqualTo(code != null);
            assertThat(view.form.hasChanges()).isFalse();
        }
        PartnerForm form = _get(PartnerListView.class).form;
        _click(form.buttons.save); // unchanged, so the region stays
        assertThat(jdbc.queryForObject("select region_code from partner where id = ?", String.class, cimahi))
                .isEqualTo("32.77");
    }
}
