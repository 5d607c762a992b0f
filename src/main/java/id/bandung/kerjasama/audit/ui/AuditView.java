package id.bandung.kerjasama.audit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.bandung.kerjasama.audit.AuditFilter;
import id.bandung.kerjasama.audit.AuditFilterParameters;
import id.bandung.kerjasama.audit.AuditQueries;
import id.bandung.kerjasama.audit.AuditRow;
import id.bandung.kerjasama.base.ui.DatePickers;
import id.bandung.kerjasama.base.ui.FilterFields;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.ListLayout;
import id.bandung.kerjasama.base.ui.UrlState;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.Topic;
import id.bandung.kerjasama.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;

/**
 * The audit log for administrators: every change and sign-in, newest first, filtered by user, record type and
 * period. A row opens to show each changed field with its old and new value.
 */
@Route("audit")
@Menu(order = 95, icon = "vaadin:clipboard-text", title = "audit.menu")
@RolesAllowed(Roles.ADMIN)
public class AuditView extends Composite<ListLayout> implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<AuditRow> grid = new Grid<>();
    final ComboBox<String> user = new ComboBox<>();
    final ComboBox<String> recordType = new ComboBox<>();
    final DatePicker from;
    final DatePicker to;

    private final AuditQueries audit;
    private final FilterFields filterFields = new FilterFields(this::filterChanged);
    private AuditFilter filter = AuditFilter.any();

    AuditView(AuditQueries audit, LiveUpdates live) {
        this.audit = audit;
        this.from = DatePickers.create(null);
        this.to = DatePickers.create(null);
        ListLayout layout = getContent();
        layout.addClassName("audit-view");
        user.setPlaceholder(getTranslation("audit.filter.user"));
        user.setAriaLabel(getTranslation("audit.filter.user"));
        user.setItems(audit.usernames());
        user.setClearButtonVisible(true);
        recordType.setPlaceholder(getTranslation("audit.filter.type"));
        recordType.setAriaLabel(getTranslation("audit.filter.type"));
        recordType.setItems(audit.recordTypes());
        recordType.setItemLabelGenerator(type -> getTranslation("audit.type." + type));
        recordType.setClearButtonVisible(true);
        from.setPlaceholder(getTranslation("audit.filter.from"));
        from.setAriaLabel(getTranslation("audit.filter.from"));
        to.setPlaceholder(getTranslation("audit.filter.to"));
        to.setAriaLabel(getTranslation("audit.filter.to"));
        filterFields.add(user, recordType, from, to);
        layout.addFilters(user, recordType, from, to, filterFields.clearButton());

        grid.addColumn(event -> Formats.dateTime(event.at(), getLocale()))
                .setKey("occurredAt")
                .setSortProperty("occurredAt")
                .setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::username)
                .setKey("username")
                .setSortProperty("username")
                .setHeader(getTranslation("audit.column.user"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(event ->
                        getTranslation("history.action." + event.action().name()))
                .setKey("action")
                .setSortProperty("action")
                .setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(event -> getTranslation("audit.type." + event.recordType())
                        + (event.recordId() == null ? "" : " #" + event.recordId()))
                .setKey("recordType")
                .setSortProperty("recordType")
                .setHeader(getTranslation("audit.column.record"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::label)
                .setKey("summary")
                .setHeader(getTranslation("audit.column.summary"))
                .setFlexGrow(2);
        grid.addColumn(event -> event.changes().isEmpty()
                        ? ""
                        : getTranslation(
                                "audit.column.changes.count", event.changes().size()))
                .setKey("changes")
                .setHeader(getTranslation("audit.column.changes"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(
                query -> audit.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query -> {
                    long count = audit.count(filter);
                    getContent().setCount(getTranslation("audit.count", Formats.number(count, getLocale())));
                    return (int) count;
                });
        layout.setGrid(grid);
        // Changes saved elsewhere show at once; the filters, the scroll position and an open editor stay.
        live.follow(this, () -> grid.getDataProvider().refreshAll(), EnumSet.of(Topic.AUDIT));
    }

    @Override
    protected ListLayout initContent() {
        return new ListLayout(getTranslation("audit.intro"));
    }

    private Div details(AuditRow event) {
        Div details = new Div();
        details.addClassName("audit-details");
        if (event.changes().isEmpty()) {
            details.add(new Span(getTranslation("audit.no-changes")));
        }
        String prefix = event.recordType().toLowerCase() + ".field.";
        for (AuditRow.Change change : event.changes()) {
            Span field = new Span(getTranslation(prefix + change.field()));
            field.addClassName("history-field");
            Span oldValue = new Span(change.oldValue() == null ? getTranslation("history.none") : change.oldValue());
            oldValue.addClassName("history-old");
            Span newValue = new Span(change.newValue() == null ? getTranslation("history.none") : change.newValue());
            newValue.addClassName("history-new");
            Div line = new Div(field, oldValue, new Span("→"), newValue);
            line.addClassName("history-change");
            details.add(line);
        }
        return details;
    }

    private void filterChanged() {
        filter = new AuditFilter(
                user.getValue(), recordType.getValue(), filter.recordId(), from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
        UrlState.replace("audit", AuditFilterParameters.write(filter));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = AuditFilterParameters.read(
                event.getLocation().getQueryParameters().getParameters());
        filterFields.fill(() -> {
            user.setValue(filter.username());
            recordType.setValue(filter.recordType());
            from.setValue(filter.from());
            to.setValue(filter.to());
        });
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
