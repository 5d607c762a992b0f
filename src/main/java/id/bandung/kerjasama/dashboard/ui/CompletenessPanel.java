package id.bandung.kerjasama.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.bandung.kerjasama.agreement.AgreementGap;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Highlight;
import id.bandung.kerjasama.base.ui.LightText;
import id.bandung.kerjasama.dashboard.Completeness;
import id.bandung.kerjasama.dashboard.CompletenessQueries;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.Topic;
import id.bandung.kerjasama.partner.PartnerGap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the register still lacks, for staff who can fill it in: for every gap a count that links to the list of the
 * records lacking it ({@code agreements?missing=NUMBER}, {@code partners?missing=COORDINATES}). Counted by
 * PostgreSQL ({@link CompletenessQueries}); loaded off the session lock and again whenever records change, like the
 * rest of the dashboard.
 */
class CompletenessPanel extends Div {

    private final Map<String, Line> lines = new LinkedHashMap<>();

    CompletenessPanel(CompletenessQueries queries, LiveUpdates live) {
        addClassName("completeness-panel");
        setId("completeness");
        Paragraph intro = LightText.set(new Paragraph(), getTranslation("completeness.intro"));
        intro.addClassName("completeness-intro");
        Div list = new Div();
        list.addClassName("completeness-list");
        for (AgreementGap gap : AgreementGap.values()) {
            list.add(line("agreements", gap.name(), "completeness.agreements." + gap.name()));
        }
        for (PartnerGap gap : PartnerGap.values()) {
            list.add(line("partners", gap.name(), "completeness.partners." + gap.name()));
        }
        add(intro, list);
        live.follow(this, queries::completeness, this::show, Topic.RECORDS);
    }

    private Anchor line(String list, String gap, String labelKey) {
        Line line = new Line(getTranslation(labelKey));
        line.setId("gap-" + list + "-" + gap);
        line.setHref(list + "?missing=" + gap);
        lines.put(list + "?missing=" + gap, line);
        return line;
    }

    private void show(Completeness completeness) {
        completeness
                .agreements()
                .forEach((gap, count) ->
                        lines.get("agreements?missing=" + gap.name()).setCount(count));
        completeness
                .partners()
                .forEach((gap, count) ->
                        lines.get("partners?missing=" + gap.name()).setCount(count));
    }

    /** The line for the list at {@code href} ("partners?missing=COORDINATES"). */
    Line line(String href) {
        return lines.get(href);
    }

    /**
     * One gap: its label and count as one router link, with the texts as markup (the dashboard keeps few components
     * per open screen). Nothing missing reads calmly as done, not as an alarm.
     */
    final class Line extends Anchor {

        private final String label;
        private String count = KpiCard.PLACEHOLDER;

        Line(String label) {
            this.label = label;
            addClassNames("completeness-line", "kpi-link");
            getElement().setAttribute("router-link", true);
            render();
        }

        void setCount(long value) {
            String text = value == 0 ? getTranslation("completeness.complete") : Formats.number(value, getLocale());
            if (text.equals(count)) {
                return;
            }
            boolean shownBefore = !count.equals(KpiCard.PLACEHOLDER);
            count = text;
            setClassName("complete", value == 0);
            render();
            if (shownBefore) {
                Highlight.changed(this, ".completeness-count");
            }
        }

        String count() {
            return count;
        }

        String label() {
            return label;
        }

        private void render() {
            LightText.markup(
                    this, LightText.span("completeness-label", label) + LightText.span("completeness-count", count));
        }
    }
}
