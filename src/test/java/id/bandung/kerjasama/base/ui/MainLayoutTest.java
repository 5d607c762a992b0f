package id.bandung.kerjasama.base.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import id.bandung.kerjasama.support.KaribuTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTest {

    @Test
    void the_shell_shows_the_app_the_view_and_who_is_signed_in_with_their_role() {
        signIn("pimpinan");
        navigate("");
        MainLayout layout = _get(MainLayout.class);
        assertThat(_get(layout, Div.class, spec -> spec.withClasses("user-text"))
                        .getElement()
                        .getProperty("innerHTML"))
                .contains("<span class=\"user-name\">Pimpinan (Kantor Wali Kota)</span>")
                .contains(">Pimpinan</span>");
        assertThat(LightText.get(_get(layout, H1.class, spec -> spec.withClasses("view-title"))))
                .isEqualTo("Beranda");
    }

    @Test
    void the_menu_of_a_viewer_holds_only_the_views_a_viewer_may_open() {
        signIn("pimpinan");
        navigate("");
        assertThat(menuLabels())
                .containsExactly(
                        "Beranda",
                        "Presentasi",
                        "Mitra",
                        "Naskah kerja sama",
                        "Aplikasi",
                        "Adopsi aplikasi",
                        "Kalender",
                        "Laporan Gubernur");
    }

    @Test
    void the_menu_of_an_administrator_adds_the_import_display_links_user_management_the_audit_log_and_backups() {
        signIn("admin");
        navigate("");
        assertThat(menuLabels())
                .containsExactly(
                        "Beranda",
                        "Presentasi",
                        "Mitra",
                        "Naskah kerja sama",
                        "Aplikasi",
                        "Adopsi aplikasi",
                        "Impor data",
                        "Kalender",
                        "Laporan Gubernur",
                        "Tautan tampilan",
                        "Pengguna",
                        "Log audit",
                        "Cadangan");
    }

    @Test
    void switching_to_english_relabels_the_app_and_keeps_the_choice_in_a_cookie() {
        signIn("staf");
        navigate("");
        LanguageSelect select = _get(LanguageSelect.class);
        assertThat(select.getValue()).isEqualTo(Languages.INDONESIAN);

        _setValue(select, Languages.ENGLISH);

        // The page reloads: Karibu opens a new UI at the same place, as a browser would.
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Languages.ENGLISH);
        FakeResponse response =
                (FakeResponse) VaadinServletResponse.getCurrent().getResponse();
        assertThat(response.findCookie(Languages.COOKIE).getValue()).isEqualTo("en-GB");
        navigate("");
        assertThat(menuLabels())
                .containsExactly(
                        "Home",
                        "Presentation",
                        "Partners",
                        "Agreements",
                        "Software",
                        "Adoptions",
                        "Import data",
                        "Calendar",
                        "Governor's report");
        assertThat(_get(LanguageSelect.class).getValue()).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void a_later_visit_with_the_cookie_or_a_lang_parameter_gets_english() {
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        assertThat(Languages.of(VaadinRequest.getCurrent(), null)).isEqualTo(Languages.INDONESIAN);
        request.addCookie(new Cookie(Languages.COOKIE, "en-GB"));
        assertThat(Languages.of(VaadinRequest.getCurrent(), null)).isEqualTo(Languages.ENGLISH);
        request.setParameter("lang", "id");
        assertThat(Languages.of(VaadinRequest.getCurrent(), null)).isEqualTo(Languages.INDONESIAN);
    }

    private static List<String> menuLabels() {
        return _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
