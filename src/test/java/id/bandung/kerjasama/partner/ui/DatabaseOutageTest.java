package id.bandung.kerjasama.partner.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import id.bandung.kerjasama.base.ui.LightText;
import id.bandung.kerjasama.database.DatabaseOutage;
import id.bandung.kerjasama.live.ServerPush;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded PostgreSQL killed under an open editor: the shell shows one calm banner, a save made meanwhile is
 * refused with that message and the editor keeps what was typed, and when the server is back (the app starts it
 * again by itself) the banner goes and the same save goes through.
 */
@CommittingTest // the database must really go away, and the save must really commit afterwards
class DatabaseOutageTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_killed_database_shows_the_banner_refuses_a_save_keeping_the_text_and_recovers_by_itself() throws Exception {
        signIn("staf");
        navigate("partners/new");
        PartnerListView view = _get(PartnerListView.class);
        Div banner = banner(UI.getCurrent());
        assertThat(banner.isVisible()).isFalse();
        String name = Records.unique("Kota Saat Basis Data Mati");
        _setValue(view.form.name, name);
        _setValue(view.form.kind, PartnerKind.CITY);
        _setValue(view.form.country, "JP");

        try (DatabaseOutage outage = DatabaseOutage.begin(context)) {
            save(view);

            NotificationsKt.expectNotifications(
                    "Basis data tidak tersedia, mencoba lagi… Tindakan ini belum tersimpan; "
                            + "isian Anda tetap ada, coba lagi sebentar lagi.");
            ServerPush.awaitUntil(Duration.ofSeconds(10), banner::isVisible);
            assertThat(LightText.get(banner)).isEqualTo("Basis data tidak tersedia, mencoba lagi…");
            assertThat(view.form.name.getValue()).isEqualTo(name);
            assertThat(view.form.country.getValue()).isEqualTo("JP");

            outage.end();
            ServerPush.awaitUntil(Duration.ofSeconds(60), () -> !banner.isVisible());
        }

        save(view);
        NotificationsKt.expectNotifications("Mitra " + name + " disimpan.");
        assertThat(jdbc.queryForObject("select count(*) from partner where name = ?", Long.class, name))
                .isEqualTo(1);
    }

    /** The shell's database banner, found hidden or shown. */
    private static Div banner(Component root) {
        if (root instanceof Div div && div.hasClassName("database-banner")) {
            return div;
        }
        return root.getChildren()
                .map(DatabaseOutageTest::bannerOrNull)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static Div bannerOrNull(Component component) {
        return banner(component);
    }

    /** Clicks Save; an exception out of the click goes to the session's error handler, as Vaadin sends it there. */
    private static void save(PartnerListView view) {
        try {
            _click(view.form.buttons.save);
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }
}
