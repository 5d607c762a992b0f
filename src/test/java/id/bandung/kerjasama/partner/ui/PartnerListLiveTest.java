package id.bandung.kerjasama.partner.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.textfield.TextField;
import id.bandung.kerjasama.base.ui.ListLayout;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An open list follows partners saved elsewhere, keeping its filter and an editor with unsaved typing. */
@CommittingTest
class PartnerListLiveTest extends KaribuTest {

    @Autowired
    PartnerService partners;

    @Autowired
    LiveUpdates live;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_partner_saved_elsewhere_appears_while_the_editor_keeps_what_was_typed() {
        await().atMost(Duration.ofSeconds(15)).until(live::isListening);
        signIn("staf");
        navigate("partners/new?country=JP");
        PartnerListView view = _get(PartnerListView.class);
        long before = jdbc.queryForObject("select count(*) from partner where country = 'JP'", Long.class);
        assertThat(_size(view.grid)).isEqualTo(before);
        TextField name = _get(TextField.class, spec -> spec.withLabel("Nama"));
        name.setValue("Kota yang sedang diketik");
        AtomicInteger refreshes = new AtomicInteger();
        view.grid.getDataProvider().addDataProviderListener(event -> refreshes.incrementAndGet());

        SignIn.as(Roles.STAFF, () -> partners.save(new Partner(Records.unique("Kota Baru"), PartnerKind.CITY, "JP")));

        await().atMost(Duration.ofSeconds(15))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    MockVaadin.runUIQueue();
                    return refreshes.get() > 0;
                });
        assertThat(_size(view.grid)).isEqualTo(before + 1);
        assertThat(_get(ListLayout.class).getCount()).isEqualTo((before + 1) + " mitra");
        assertThat(view.country.getValue()).isEqualTo("JP");
        assertThat(view.getContent().editor().isOpen()).isTrue();
        assertThat(name.getValue()).isEqualTo("Kota yang sedang diketik");
    }
}
