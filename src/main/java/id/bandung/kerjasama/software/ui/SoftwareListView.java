package id.bandung.kerjasama.software.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.bandung.kerjasama.audit.AuditService;
import id.bandung.kerjasama.audit.ui.RecordHistory;
import id.bandung.kerjasama.base.domain.DuplicateRecordException;
import id.bandung.kerjasama.base.ui.Confirmations;
import id.bandung.kerjasama.base.ui.FilterFields;
import id.bandung.kerjasama.base.ui.FormEvents;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.ListLayout;
import id.bandung.kerjasama.base.ui.RecordEditing;
import id.bandung.kerjasama.base.ui.SearchField;
import id.bandung.kerjasama.base.ui.export.ExportColumn;
import id.bandung.kerjasama.base.ui.export.ExportMenu;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.Topic;
import id.bandung.kerjasama.security.CurrentUser;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareCategory;
import id.bandung.kerjasama.software.SoftwareFilter;
import id.bandung.kerjasama.software.SoftwareRow;
import id.bandung.kerjasama.software.SoftwareService;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The software Bandung shares: a lazy, filtered list with the number of partners that adopted each. */
@Route("software/:id?")
@Menu(order = 30, icon = "vaadin:laptop", title = "software.menu")
@PermitAll
public class SoftwareListView extends Composite<ListLayout>
        implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver {

    static final String PATH = "software";

    final Grid<Software> grid = new Grid<>();
    final SearchField search;
    final ComboBox<SoftwareCategory> category = new ComboBox<>();
    final ComboBox<Boolean> kpk = new ComboBox<>();
    final SoftwareForm form = new SoftwareForm();

    private final SoftwareService software;
    private final AuditService audit;
    private final boolean canEdit;
    private final RecordEditing<Software> editing;
    /** Adoption counts of the rows fetched last, by software id; filled with each page. */
    private final Map<Long, Long> adoptedBy = new ConcurrentHashMap<>();

    private final FilterFields filterFields = new FilterFields(this::filterChanged);
    private volatile SoftwareFilter filter = SoftwareFilter.empty();

    SoftwareListView(SoftwareService software, AuditService audit, CurrentUser currentUser, LiveUpdates live) {
        this.software = software;
        this.audit = audit;
        this.canEdit = currentUser.canEdit();
        this.search = new SearchField(getTranslation("software.search"));
        ListLayout layout = getContent();
        layout.addClassName("software-list-view");
        configureFilters();
        configureGrid();
        layout.setGrid(grid, "ownerUnit", "updatedAt");
        editing = new RecordEditing<>(
                grid, layout, PATH, () -> filter.toParameters(), form::hasChanges, software::findSoftware, this::show);
        layout.addFilters(search, category, kpk, filterFields.clearButton());
        layout.addActions(
                new ExportMenu<>("aplikasi", exportColumns(), () -> sink -> software.exportSoftware(filter, sink)));
        if (canEdit) {
            Button add = new Button(
                    getTranslation("software.new"),
                    VaadinIcon.PLUS.create(),
                    event -> editing.confirmThen(() -> editing.open(new Software("", null, SoftwareCategory.OTHER))));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-software");
            layout.addActions(add);
        }
        FormEvents.<Software>onSave(form, event -> save(event.record()));
        FormEvents.<Software>onDelete(
                form, event -> Confirmations.delete(event.record().getName(), () -> delete(event.record())));
        FormEvents.onCancel(form, event -> editing.close());
        // Changes saved elsewhere show at once; the filters, the scroll position and an open editor stay.
        live.follow(this, () -> grid.getDataProvider().refreshAll(), EnumSet.of(Topic.SOFTWARE, Topic.ADOPTIONS));
    }

    @Override
    protected ListLayout initContent() {
        return new ListLayout(getTranslation("software.intro"));
    }

    private void configureFilters() {
        category.setPlaceholder(getTranslation("software.field.category"));
        category.setAriaLabel(getTranslation("software.field.category"));
        category.setItems(SoftwareCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("software.category." + value.name()));
        category.setClearButtonVisible(true);
        kpk.setPlaceholder(getTranslation("software.filter.kpk"));
        kpk.setAriaLabel(getTranslation("software.filter.kpk"));
        kpk.setItems(true, false);
        kpk.setItemLabelGenerator(value -> getTranslation(value ? "software.kpk.yes" : "software.kpk.no"));
        kpk.setClearButtonVisible(true);
        filterFields.add(search, category, kpk);
    }

    private void configureGrid() {
        grid.addColumn(Software::getName)
                .setKey("name")
                .setSortProperty("name")
                .setHeader(getTranslation("software.field.name"))
                .setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(Software::getAcronym)
                .setKey("acronym")
                .setSortProperty("acronym")
                .setHeader(getTranslation("software.field.acronym"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item ->
                        getTranslation("software.category." + item.getCategory().name()))
                .setKey("category")
                .setSortProperty("category")
                .setHeader(getTranslation("software.field.category"))
                .setFlexGrow(1);
        grid.addColumn(Software::getOwnerUnit)
                .setKey("ownerUnit")
                .setSortProperty("ownerUnit")
                .setHeader(getTranslation("software.field.ownerUnit"))
                .setFlexGrow(1);
        grid.addColumn(item -> item.isKpkRecommended() ? getTranslation("software.kpk.yes") : "")
                .setKey("kpkRecommended")
                .setSortProperty("kpkRecommended")
                .setHeader(getTranslation("software.column.kpk"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> Formats.number(adoptedBy.getOrDefault(item.getId(), 0L), getLocale()))
                .setKey("adoptedBy")
                .setHeader(getTranslation("software.column.adopted"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> Formats.date(item.getUpdatedAt(), getLocale()))
                .setKey("updatedAt")
                .setSortProperty("updatedAt")
                .setHeader(getTranslation("record.updated"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("software.empty"));
        grid.setItems(
                query -> software.listSoftware(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream()
                        .peek(row -> adoptedBy.put(row.software().getId(), row.adoptedBy()))
                        .map(SoftwareRow::software),
                query -> {
                    long count = software.countSoftware(filter);
                    getContent().setCount(getTranslation("software.count", Formats.number(count, getLocale())));
                    return (int) count;
                });
    }

    private List<ExportColumn<Software>> exportColumns() {
        return List.of(
                new ExportColumn<>("software.field.name", Software::getName),
                new ExportColumn<>("software.field.acronym", Software::getAcronym),
                new ExportColumn<>(
                        "software.field.category",
                        s -> getTranslation(
                                "software.category." + s.getCategory().name())),
                new ExportColumn<>("software.field.ownerUnit", Software::getOwnerUnit),
                new ExportColumn<>("software.field.kpkRecommended", Software::isKpkRecommended),
                new ExportColumn<>("software.field.description", Software::getDescription),
                new ExportColumn<>("record.sample", Software::isSample));
    }

    private void filterChanged() {
        filter = new SoftwareFilter(search.text(), category.getValue(), kpk.getValue());
        grid.getDataProvider().refreshAll();
        editing.updateUrl();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = SoftwareFilter.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        filterFields.fill(() -> {
            search.setValue(filter.text() == null ? "" : filter.text());
            category.setValue(filter.category());
            kpk.setValue(filter.kpkRecommended());
        });
        grid.getDataProvider().refreshAll();
        editing.openFromRoute(
                event.getRouteParameters().get("id"), canEdit, () -> new Software("", null, SoftwareCategory.OTHER));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        editing.beforeLeave(event);
    }

    private void show(Software item) {
        form.edit(item, canEdit);
        var editor = getContent().editor();
        editor.show(
                item.isNew() ? getTranslation("software.new") : item.getName(),
                form,
                item.isNew()
                        ? null
                        : () -> new RecordHistory(
                                audit, Software.RECORD_TYPE, item.getId(), "software.field.", this::historyValue));
        editor.setBadge(item.isKpkRecommended() ? getTranslation("software.badge.kpk") : null, "success");
    }

    private void save(Software item) {
        try {
            editing.save(item, software::save, saved -> getTranslation("software.saved", saved.getName()));
        } catch (DuplicateRecordException e) {
            form.showDuplicateName();
        }
    }

    private void delete(Software item) {
        editing.delete(item, item.getName(), software::delete, getTranslation("software.deleted", item.getName()));
    }

    private String historyValue(String field, String value) {
        return switch (field) {
            case "category" -> getTranslation("software.category." + value);
            case "kpkRecommended" -> getTranslation("true".equals(value) ? "software.kpk.yes" : "software.kpk.no");
            default -> value;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("software.title");
    }
}
