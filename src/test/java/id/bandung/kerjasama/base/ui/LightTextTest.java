package id.bandung.kerjasama.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class LightTextTest {

    @Test
    void text_in_markup_cannot_become_markup() {
        assertThat(LightText.escape("Kota <b>Bandung</b> & \"mitra\" 'kita'"))
                .isEqualTo("Kota &lt;b&gt;Bandung&lt;/b&gt; &amp; &quot;mitra&quot; &#39;kita&#39;");
        assertThat(LightText.escape("Bandung, 1.234")).isEqualTo("Bandung, 1.234");
        assertThat(LightText.span("kpi-value", "<1.234>")).isEqualTo("<span class=\"kpi-value\">&lt;1.234&gt;</span>");
        assertThat(LightText.span("", "Kota Bandung")).isEqualTo("<span>Kota Bandung</span>");
    }

    @Test
    void text_set_as_a_property_adds_no_child_component_and_reads_back() {
        Paragraph paragraph = LightText.set(new Paragraph(), "Diperbarui 28 Nov 2026");
        assertThat(paragraph.getElement().getChildCount()).isZero();
        assertThat(LightText.get(paragraph)).isEqualTo("Diperbarui 28 Nov 2026");
        assertThat(LightText.get(new Paragraph())).isEmpty();
    }
}
