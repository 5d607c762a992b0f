package id.bandung.kerjasama.presentation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.live.ServerPush;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** The key figures slide shows the briefing's figures under the register's own, labelled with their source. */
@CommittingTest // the presentation loads its figures off the UI thread
class KpiSlideCoverageTest extends KaribuTest {

    @Test
    void regions_and_software_are_set_against_the_briefings_figures_with_its_source() {
        KpiSlide kpi = open("presentation?slides=kpi");
        assertThat(kpi.value("regions")).isEqualTo("4");
        assertThat(kpi.coverage("regions"))
                .isEqualTo("4 dari 53 daerah tercatat · Acuan: paparan Bandung Menjawab, 5 September 2017");
        assertThat(kpi.coverage("software"))
                .isEqualTo("3 dari ±300 aplikasi tercatat · Acuan: paparan Bandung Menjawab, 5 September 2017");
    }

    @Test
    void in_english() {
        KpiSlide kpi = open("presentation?slides=kpi&lang=en");
        assertThat(kpi.coverage("regions"))
                .isEqualTo("4 of 53 regions recorded · Reference: Bandung Menjawab briefing, 5 September 2017");
    }

    private KpiSlide open(String location) {
        signIn("pimpinan");
        navigate(location);
        Presentation presentation = _get(PresentationView.class).presentation;
        ServerPush.awaitUntil(() -> !presentation.getContent().hasClassName("loading"));
        return (KpiSlide) presentation.currentSlide();
    }
}
