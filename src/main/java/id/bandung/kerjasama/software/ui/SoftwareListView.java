package id.bandung.kerjasama.software.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bandung.kerjasama.audit.AuditQueries;
import id.bandung.kerjasama.audit.ui.RecordHistory;
import id.bandung.kerjasama.base.domain.DuplicateRecordException;
import id.bandung.kerjasama.base.ui.FilterFields;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.LazyRows;
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
import id.bandung.kerjasama.software.SoftwareQueries;
import id.bandung.kerjasama.software.SoftwareRow;
import id.bandung.kerjasama.software.SoftwareService;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;

/** The software Bandung shares: a lazy, filtered list with the number of partners that adopted each. */
@Route("software/:id?")
@Menu(order = 30, icon = "vaadin:laptop", title = "software.menu")
@PermitAll
public class SoftwareListView extends Composite<ListLayout>
        implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver {

    static final String PATH = "software";

    final Grid<SoftwareRow> grid = new Grid<>();
    final SearchField search;
    final ComboBox<SoftwareCategory> category = new ComboBox<>();
    final ComboBox<Boolean> kpk = new ComboBox<>();
    final SoftwareForm form = new SoftwareForm();

    private final SoftwareService software;
    private final SoftwareQueries queries;
    private final AuditQueries audit;
    private final boolean canEdit;
    private final RecordEditing<Software> editing;

    private final FilterFields filterFields = new FilterFields(this::filterChanged);
    private volatile SoftwareFilter filter = SoftwareFilter.empty();

    SoftwareListView(
            SoftwareService software,
            SoftwareQueries queries,
            AuditQueries audit,
            CurrentUser currentUser,
            LiveUpdates live) {
        this.software = software;
        this.queries = queries;
        this.audit = audit;
        this.canEdit = currentUser.canEdit();
        this.search = new SearchField(getTranslation("software.search"));
        ListLayout layout = getContent();
        layout.addClassName("software-list-view");
        configureFilters();
        configureGrid();
        layout.setGrid(grid, "ownerUnit", "updatedAt");
        editing = RecordEditing.ofRows(
                grid,
                SoftwareRow::id,
                queries::row,
                layout,
                PATH,
                () -> filter.toParameters(),
                form::hasChanges,
                software::find,
                this::show);
        layout.addFilters(search, category, kpk, filterFields.clearButton());
        layout.addActions(new ExportMenu<>("aplikasi", exportColumns(), () -> sink -> queries.export(filter, sink)));
        if (canEdit) {
            layout.addActions(editing.newButton(getTranslation("software.new"), "new-software", this::newSoftware));
        }
        editing.listenTo(form, Software::getName, this::save, this::delete);
        // Changes saved elsewhere show at once; the filters, the scroll position and an open editor stay.
        live.follow(this, editing::refresh, EnumSet.of(Topic.SOFTWARE, Topic.ADOPTIONS));
    }

    @Override
    protected ListLayout initContent() {
        return new ListLayout(getTranslation("software.intro"));
    }

    private void configureFilters() {
        FilterFields.label(category, getTranslation("software.field.category"));
        category.setItems(SoftwareCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("software.category." + value.name()));
        FilterFields.label(kpk, getTranslation("software.filter.kpk"));
        kpk.setItems(true, false);
        kpk.setItemLabelGenerator(value -> getTranslation(value ? "software.kpk.yes" : "software.kpk.no"));
        filterFields.add(search, category, kpk);
    }

    private void configureGrid() {
        grid.addColumn(SoftwareRow::name)
                .setKey("name")
                .setSortProperty("name")
                .setHeader(getTranslation("software.field.name"))
                .setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(SoftwareRow::acronym)
                .setKey("acronym")
                .setSortProperty("acronym")
                .setHeader(getTranslation("software.field.acronym"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row ->
                        getTranslation("software.category." + row.category().name()))
                .setKey("category")
                .setSortProperty("category")
                .setHeader(getTranslation("software.field.category"))
                .setFlexGrow(1);
        grid.addColumn(SoftwareRow::ownerUnit)
                .setKey("ownerUnit")
                .setSortProperty("ownerUnit")
                .setHeader(getTranslation("software.field.ownerUnit"))
                .setFlexGrow(1);
        grid.addColumn(row -> row.kpkRecommended() ? getTranslation("software.kpk.yes") : "")
                .setKey("kpkRecommended")
                .setSortProperty("kpkRecommended")
                .setHeader(getTranslation("software.column.kpk"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.number(row.adoptedBy(), getLocale()))
                .setKey("adoptedBy")
                .setHeader(getTranslation("software.column.adopted"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        LazyRows.updatedColumn(grid, SoftwareRow::updatedAt);
        // A row stays itself (and selected) as its figures change.
        LazyRows.show(grid, getContent(), "software", () -> filter, queries::list, queries::count, SoftwareRow::id);
    }

    private List<ExportColumn<SoftwareRow>> exportColumns() {
        return List.of(
                new ExportColumn<>("software.field.name", SoftwareRow::name),
                new ExportColumn<>("software.field.acronym", SoftwareRow::acronym),
                new ExportColumn<>(
                        "software.field.category",
                        row -> getTranslation(
                                "software.category." + row.category().name())),
                new ExportColumn<>("software.field.ownerUnit", SoftwareRow::ownerUnit),
                new ExportColumn<>("software.field.kpkRecommended", SoftwareRow::kpkRecommended),
                new ExportColumn<>("software.field.description", SoftwareRow::description),
                new ExportColumn<>("record.sample", SoftwareRow::sample));
    }

    private void filterChanged() {
        filter = new SoftwareFilter(search.text(), category.getValue(), kpk.getValue());
        editing.filterChanged();
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
        editing.enter(event, canEdit, this::newSoftware);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        editing.beforeLeave(event);
    }

    private Software newSoftware() {
        return new Software("", null, SoftwareCategory.OTHER);
    }

    private void show(Software item) {
        form.edit(item, canEdit);
        editing.showEditor(
                        item,
                        item.isNew() ? getTranslation("software.new") : item.getName(),
                        form,
                        id -> new RecordHistory(audit, Software.RECORD_TYPE, id, "software.field.", this::historyValue))
                .setBadge(item.isKpkRecommended() ? getTranslation("software.badge.kpk") : null, "success");
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
