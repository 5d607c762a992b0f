package id.bandung.kerjasama.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.dashboard.HomeFigures;
import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** The home view: headline counts from the database. Charts join them in a later issue. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "home.menu")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final DashboardService dashboard;
    private final Clock clock;
    private final Map<Category, KpiCard> categoryCards = new EnumMap<>(Category.class);
    private final KpiCard partners;
    private final KpiCard agreements;
    private final KpiCard software;
    private final KpiCard adoptions;
    private final Paragraph updated = new Paragraph();

    HomeView(DashboardService dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
        addClassName("home-view");

        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("view-intro");
        updated.addClassName("updated");
        Div heading = new Div(intro, updated);
        heading.addClassName("view-heading");

        Div categoryGrid = cardGrid();
        for (Category category : Category.values()) {
            KpiCard card = new KpiCard("kpi-" + category.name().toLowerCase(),
                    getTranslation("category." + category.name()),
                    getTranslation("home.partners-in." + category.name()));
            categoryCards.put(category, card);
            categoryGrid.add(card);
        }
        partners = new KpiCard("kpi-partners", getTranslation("home.partners"),
                getTranslation("home.partners.caption"));
        agreements = new KpiCard("kpi-agreements-in-force", getTranslation("home.agreements-in-force"), "");
        software = new KpiCard("kpi-software", getTranslation("home.software"),
                getTranslation("home.software.caption"));
        adoptions = new KpiCard("kpi-adoptions", getTranslation("home.adoptions"),
                getTranslation("home.adoptions.caption"));
        Div totalsGrid = cardGrid();
        totalsGrid.add(partners, agreements, software, adoptions);

        add(heading,
                section("home.section.partners", categoryGrid),
                section("home.section.totals", totalsGrid));
    }

    private static Div cardGrid() {
        Div grid = new Div();
        grid.addClassName("kpi-grid");
        return grid;
    }

    private Section section(String titleKey, Div content) {
        H2 title = new H2(getTranslation(titleKey));
        title.addClassName("section-title");
        return new Section(title, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        HomeFigures figures = dashboard.homeFigures();
        categoryCards.forEach((category, card) -> card.setValue(number(figures.partnersIn(category))));
        partners.setValue(number(figures.partners()));
        agreements.setValue(number(figures.agreementsInForce()));
        agreements.setCaption(getTranslation("home.agreements-in-force.caption", number(figures.agreements())));
        software.setValue(number(figures.software()));
        adoptions.setValue(number(figures.adoptions()));
        updated.setText(getTranslation("home.updated", Formats.dateTime(clock.instant(), getLocale())));
    }

    private String number(long value) {
        return Formats.number(value, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
