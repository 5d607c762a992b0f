package id.bandung.kerjasama.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bandung.kerjasama.base.ui.LightText;
import id.bandung.kerjasama.base.ui.MainLayout;
import id.bandung.kerjasama.base.ui.Notifications;
import id.bandung.kerjasama.base.ui.TranslationProvider;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.report.CategoryFigures;
import id.bandung.kerjasama.report.GovernorReport;
import id.bandung.kerjasama.report.GovernorReportQueries;
import id.bandung.kerjasama.report.ReportPeriod;
import id.bandung.kerjasama.report.ReportPeriod.Part;
import id.bandung.kerjasama.report.WarningCount;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The report to the governor: a period (a year and its first or second half, or the whole year; by default the last
 * half-year that has ended), its figures on screen in the UI's language, and the files to send, XLSX and PDF, always
 * in Indonesian. Anyone signed in may read and download it.
 */
@Route(value = "report", layout = MainLayout.class)
@Menu(order = 55, icon = "vaadin:file-table", title = "report.menu")
@PermitAll
public class GovernorReportView extends Main implements HasDynamicTitle {

    final ComboBox<Integer> year = new ComboBox<>();
    final Select<Part> part = new Select<>();
    final Grid<CategoryFigures> summary = new Grid<>();
    final Grid<CategoryFigures> monev = new Grid<>();
    final Grid<WarningCount> compliance = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Paragraph state = new Paragraph();
    final Div preparing = new Div();
    final Anchor xlsx;
    final Anchor pdf;

    private final GovernorReportQueries queries;
    private final Clock clock;
    private final ReportTexts texts;
    private final ReportTexts indonesian;
    private final Div tables = new Div();
    /** Also read by a download, outside the session lock. */
    private volatile ReportPeriod period;

    GovernorReportView(GovernorReportQueries queries, TranslationProvider translations, Clock clock) {
        this.queries = queries;
        this.clock = clock;
        this.texts = new ReportTexts(translations, getLocale());
        this.indonesian = ReportTexts.indonesian(translations);
        getStyle().set("padding", "var(--lumo-space-l)").set("box-sizing", "border-box");
        LocalDate today = LocalDate.now(clock);
        period = ReportPeriod.lastCompletedHalf(today);

        Paragraph intro = LightText.set(new Paragraph(), getTranslation("report.intro"));
        intro.addClassName("view-intro");

        year.setItems(IntStream.rangeClosed(DashboardFilter.FIRST_YEAR, today.getYear())
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setLabel(getTranslation("report.year"));
        year.setValue(period.year());
        year.setAllowCustomValue(false);
        part.setLabel(getTranslation("report.part"));
        part.setWidth("17rem");
        part.setItems(Part.values());
        part.setItemLabelGenerator(value -> getTranslation("report.part." + value.name()));
        part.setItemEnabledProvider(value -> year.getValue() == null
                || ReportPeriod.of(year.getValue(), value).hasBegun(LocalDate.now(clock)));
        part.setValue(period.part());
        year.addValueChangeListener(event -> {
            if (event.getValue() == null) {
                year.setValue(event.getOldValue());
                return;
            }
            part.setItemEnabledProvider(part.getItemEnabledProvider()); // re-reads which halves have begun
            if (!ReportPeriod.of(event.getValue(), part.getValue()).hasBegun(LocalDate.now(clock))) {
                part.setValue(Part.WHOLE_YEAR);
            }
            periodChanged();
        });
        part.addValueChangeListener(event -> periodChanged());

        xlsx = download("report.download.xlsx", VaadinIcon.FILE_TABLE, this::xlsxFile);
        pdf = download("report.download.pdf", VaadinIcon.FILE_TEXT_O, this::pdfFile);
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("8rem");
        preparing.add(bar, new Span(getTranslation("report.preparing")));
        preparing.addClassName("report-preparing");
        preparing.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        preparing.getElement().setAttribute("role", "status");
        preparing.setVisible(false);

        Div filters = new Div(year, part);
        filters.addClassName("filter-bar");
        Div actions = new Div(xlsx, pdf, preparing);
        actions.addClassName("view-actions");
        actions.getStyle().set("flex-wrap", "wrap").set("margin-top", "var(--lumo-space-m)");
        state.addClassName("result-count");
        empty.addClassName("report-empty");
        empty.setText(getTranslation("report.empty"));

        summaryColumns();
        monevColumns();
        complianceColumns();
        tables.add(
                section("report.section.summary", summary),
                section("report.section.monev", monev),
                section("report.section.compliance", compliance));
        add(intro, filters, actions, state, empty, tables);
        show();
    }

    private Anchor download(String key, VaadinIcon icon, SerializableSupplier<ReportDownload.ReportFile> file) {
        ReportDownload handler = new ReportDownload(file)
                .whenStart(() -> preparing.setVisible(true))
                .whenComplete(succeeded -> {
                    preparing.setVisible(false);
                    if (!succeeded) {
                        Notifications.error(getTranslation("report.failed"));
                    }
                });
        Button button = new Button(getTranslation(key), icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setTabIndex(-1); // the link is what the keyboard reaches
        Anchor anchor = new Anchor(handler, "");
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("aria-label", getTranslation(key));
        anchor.add(button);
        return anchor;
    }

    /** The XLSX of the period shown, in Indonesian. */
    private ReportDownload.ReportFile xlsxFile() {
        ReportPeriod chosen = period;
        return new ReportDownload.ReportFile(
                chosen.fileBaseName() + ".xlsx",
                GovernorReportXlsx.CONTENT_TYPE,
                out -> GovernorReportXlsx.write(
                        queries.report(chosen),
                        sink -> queries.rows(chosen, sink),
                        indonesian,
                        LocalDate.now(clock),
                        out));
    }

    /** The PDF of the period shown, in Indonesian. */
    private ReportDownload.ReportFile pdfFile() {
        ReportPeriod chosen = period;
        return new ReportDownload.ReportFile(
                chosen.fileBaseName() + ".pdf",
                "application/pdf",
                out -> GovernorReportPdf.write(
                        queries.report(chosen),
                        sink -> queries.rows(chosen, sink),
                        indonesian,
                        LocalDate.now(clock),
                        out));
    }

    private void periodChanged() {
        if (year.getValue() == null || part.getValue() == null) {
            return;
        }
        period = ReportPeriod.of(year.getValue(), part.getValue());
        show();
    }

    private void show() {
        GovernorReport report = queries.report(period);
        state.setText(texts.period(period) + " · " + getTranslation("report.as-of", texts.longDate(report.asOf()))
                + " · " + getTranslation("report.concerned", texts.number(report.concerned())));
        empty.setVisible(report.isEmpty());
        tables.setVisible(!report.isEmpty());
        List<CategoryFigures> rows = new ArrayList<>(report.categories());
        rows.add(report.total());
        summary.setItems(rows);
        monev.setItems(rows);
        compliance.setItems(report.warnings());
    }

    private void summaryColumns() {
        categoryColumn(summary);
        numberColumn(summary, "inForce", CategoryFigures::inForce);
        numberColumn(summary, "signed", CategoryFigures::signed);
        numberColumn(summary, "extended", CategoryFigures::extended);
        numberColumn(summary, "ended", CategoryFigures::ended);
        numberColumn(summary, "terminated", CategoryFigures::terminated);
    }

    private void monevColumns() {
        categoryColumn(monev);
        numberColumn(monev, "inForce", CategoryFigures::inForce);
        numberColumn(monev, "withReport", CategoryFigures::withReport);
        numberColumn(monev, "evaluations", CategoryFigures::evaluations);
        numberColumn(monev, "monevOverdue", CategoryFigures::monevOverdue);
    }

    private void complianceColumns() {
        compliance
                .addColumn(warning -> texts.warning(warning.check()))
                .setKey("warning")
                .setHeader(getTranslation("report.column.warning"))
                .setAutoWidth(true)
                .setFlexGrow(3);
        numberColumn(compliance, "open", WarningCount::open);
        numberColumn(compliance, "acknowledged", WarningCount::acknowledged);
        compliance
                .addColumn(warning -> texts.number(warning.total()))
                .setKey("total")
                .setHeader(getTranslation("report.total"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        style(compliance);
    }

    private void categoryColumn(Grid<CategoryFigures> grid) {
        grid.addColumn(figures ->
                        figures.key() == null ? getTranslation("report.total") : texts.category(figures.key()))
                .setKey("category")
                .setHeader(getTranslation("report.column.category"))
                .setAutoWidth(true)
                .setFlexGrow(3);
        style(grid);
    }

    private <T> void numberColumn(Grid<T> grid, String key, ValueProvider<T, Long> value) {
        grid.addColumn(row -> texts.number(value.apply(row)))
                .setKey(key)
                .setHeader(getTranslation("report.column." + key))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
    }

    private static void style(Grid<?> grid) {
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private Component section(String titleKey, Component content) {
        H2 title = LightText.set(new H2(), getTranslation(titleKey));
        title.addClassName("section-title");
        return new Section(title, content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
