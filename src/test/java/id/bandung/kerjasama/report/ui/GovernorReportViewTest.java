package id.bandung.kerjasama.report.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import id.bandung.kerjasama.base.ui.Languages;
import id.bandung.kerjasama.report.ReportFixtures;
import id.bandung.kerjasama.report.ReportPeriod;
import id.bandung.kerjasama.report.ReportPeriod.Part;
import id.bandung.kerjasama.support.KaribuTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GovernorReportViewTest extends KaribuTest {

    @Autowired
    ReportFixtures fixtures;

    @Autowired
    Clock clock;

    @Test
    void the_mayors_office_opens_the_last_completed_half_year_by_default_with_both_downloads() {
        signIn("pimpinan");
        navigate("report");
        GovernorReportView view = _get(GovernorReportView.class);
        ReportPeriod last = ReportPeriod.lastCompletedHalf(LocalDate.now(clock));

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Laporan kepada Gubernur");
        assertThat(view.year.getValue()).isEqualTo(last.year());
        assertThat(view.part.getValue()).isEqualTo(last.part());
        assertThat(view.xlsx.getHref()).isNotEmpty();
        assertThat(view.xlsx.getElement().getAttribute("aria-label")).isEqualTo("Unduh XLSX");
        assertThat(view.pdf.getElement().getAttribute("aria-label")).isEqualTo("Unduh PDF");
        assertThat(view.preparing.isVisible()).isFalse();
    }

    @Test
    void choosing_another_period_changes_the_figures_and_a_period_without_agreements_says_so() {
        fixtures.year2003();
        signIn("pimpinan");
        navigate("report");
        GovernorReportView view = _get(GovernorReportView.class);

        _setValue(view.year, 2003);
        _setValue(view.part, Part.FIRST_HALF);
        assertThat(view.state.getText())
                .isEqualTo("Semester I Tahun 2003 · Keadaan pada 30 Juni 2003 · 4 naskah kerja sama dalam periode ini");
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(_size(view.summary)).isEqualTo(6);
        assertThat(_getFormatted(view.summary, 0, "category")).isEqualTo("KSDD — Kerja sama antardaerah (wajib)");
        assertThat(_getFormatted(view.summary, 5, "category")).isEqualTo("Jumlah");
        assertThat(_getFormatted(view.summary, 5, "inForce")).isEqualTo("3");
        assertThat(_getFormatted(view.summary, 5, "signed")).isEqualTo("1");
        assertThat(_getFormatted(view.monev, 5, "monevOverdue")).isEqualTo("2");

        _setValue(view.part, Part.SECOND_HALF);
        assertThat(_getFormatted(view.summary, 5, "signed")).isEqualTo("2");
        assertThat(_getFormatted(view.summary, 3, "extended")).isEqualTo("1");
        assertThat(_getFormatted(view.summary, 1, "ended")).isEqualTo("1");
        assertThat(_getFormatted(view.monev, 5, "monevOverdue")).isEqualTo("0");

        _setValue(view.year, 1995);
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText())
                .isEqualTo("Tidak ada naskah kerja sama yang berlaku, ditandatangani, diperpanjang, berakhir, atau"
                        + " diakhiri dalam periode ini, dan tidak ada laporan Monev.");
        assertThat(view.state.getText()).startsWith("Semester II Tahun 1995 · ");
    }

    @Test
    void a_half_year_that_has_not_begun_cannot_be_chosen() {
        signIn("staf");
        navigate("report");
        GovernorReportView view = _get(GovernorReportView.class);
        LocalDate today = LocalDate.now(clock);

        _setValue(view.year, today.getYear());
        assertThat(view.part.getItemEnabledProvider().test(Part.SECOND_HALF)).isEqualTo(today.getMonthValue() > 6);
        assertThat(view.part.getItemEnabledProvider().test(Part.WHOLE_YEAR)).isTrue();
    }

    @Test
    void in_english_the_screen_is_english_and_the_figures_the_same() {
        fixtures.year2003();
        UI.getCurrent().setLocale(Languages.ENGLISH);
        signIn("admin");
        navigate("report");
        GovernorReportView view = _get(GovernorReportView.class);
        _setValue(view.year, 2003);
        _setValue(view.part, Part.WHOLE_YEAR);

        assertThat(view.state.getText()).isEqualTo("Year 2003 · As of 31 December 2003 · 6 agreements in this period");
        assertThat(_getFormatted(view.summary, 0, "category")).isEqualTo("KSDD — Regional cooperation (mandatory)");
        assertThat(_getFormatted(view.summary, 5, "signed")).isEqualTo("3");
        assertThat(view.xlsx.getElement().getAttribute("aria-label")).isEqualTo("Download XLSX");
    }
}
