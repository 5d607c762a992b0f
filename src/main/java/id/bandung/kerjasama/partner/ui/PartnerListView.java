package id.bandung.kerjasama.partner.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
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
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.base.ui.Countries;
import id.bandung.kerjasama.base.ui.FilterChip;
import id.bandung.kerjasama.base.ui.FilterFields;
import id.bandung.kerjasama.base.ui.LazyRows;
import id.bandung.kerjasama.base.ui.ListLayout;
import id.bandung.kerjasama.base.ui.RecordEditing;
import id.bandung.kerjasama.base.ui.SearchField;
import id.bandung.kerjasama.base.ui.export.ExportColumn;
import id.bandung.kerjasama.base.ui.export.ExportMenu;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.Topic;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerFilter;
import id.bandung.kerjasama.partner.PartnerGap;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerQueries;
import id.bandung.kerjasama.partner.PartnerRow;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.partner.RegionQueries;
import id.bandung.kerjasama.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Partners: a lazy, filtered list (filters in the URL) with the editor beside it. {@code partners/42} opens a
 * partner, {@code partners/new} a blank one. Viewers read; staff edit.
 */
@Route("partners/:id?")
@Menu(order = 10, icon = "vaadin:handshake", title = "partner.menu")
@PermitAll
public class PartnerListView extends Composite<ListLayout>
        implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver {

    static final String PATH = "partners";

    final Grid<PartnerRow> grid = new Grid<>();
    final SearchField search;
    final ComboBox<PartnerKind> kind = new ComboBox<>();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<Province> province = new ComboBox<>();
    final ComboBox<Boolean> borders = new ComboBox<>();
    /** What the listed partners lack, set by the completeness panel's links; shown only while set. */
    final FilterChip<PartnerGap> missing =
            new FilterChip<>(gap -> getTranslation("partner.missing." + gap.name()), getTranslation("filter.remove"));

    final PartnerForm form;

    private final PartnerQueries rows;
    private final PartnerService partners;
    private final AuditQueries audit;
    private final boolean canEdit;
    private final RecordEditing<Partner> editing;
    private final FilterFields filterFields = new FilterFields(this::filterChanged);
    private volatile PartnerFilter filter = PartnerFilter.empty();

    PartnerListView(
            PartnerQueries rows,
            PartnerService partners,
            AuditQueries audit,
            CurrentUser currentUser,
            LiveUpdates live,
            RegionQueries regions) {
        this.form = new PartnerForm(regions);
        this.rows = rows;
        this.partners = partners;
        this.audit = audit;
        this.canEdit = currentUser.canEdit();
        this.search = new SearchField(getTranslation("partner.search"));
        ListLayout layout = getContent();
        layout.addClassName("partner-list-view");

        configureFilters();
        configureGrid();
        layout.setGrid(grid, "province", "bordersBandung", "updatedAt");
        editing = RecordEditing.ofRows(
                grid,
                PartnerRow::id,
                rows::row,
                layout,
                PATH,
                () -> filter.toParameters(),
                form::hasChanges,
                partners::find,
                this::show);
        layout.addFilters(search, kind, country, province, borders, filterFields.clearButton());
        layout.addBesideCount(missing);
        layout.addActions(new ExportMenu<>("mitra", exportColumns(), () -> sink -> rows.export(filter, sink)));
        if (canEdit) {
            layout.addActions(editing.newButton(getTranslation("partner.new"), "new-partner", this::newPartner));
        }
        editing.listenTo(form, Partner::getName, this::save, this::delete);
        // Changes saved elsewhere show at once; the filters, the scroll position and an open editor stay.
        live.follow(this, editing::refresh, EnumSet.of(Topic.PARTNERS));
    }

    @Override
    protected ListLayout initContent() {
        return new ListLayout(getTranslation("partner.intro"));
    }

    private void configureFilters() {
        FilterFields.label(kind, getTranslation("partner.field.kind"));
        kind.setItems(PartnerKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("partner.kind." + value.name()));
        FilterFields.label(country, getTranslation("partner.field.country"));
        country.setItems(Countries.sortedByName(getLocale()));
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        FilterFields.label(province, getTranslation("partner.field.province"));
        province.setItems(Arrays.stream(Province.values())
                .sorted(Comparator.comparing(Province::officialName))
                .toList());
        province.setItemLabelGenerator(Province::officialName);
        FilterFields.label(borders, getTranslation("partner.filter.borders"));
        borders.setItems(true, false);
        borders.setItemLabelGenerator(
                value -> getTranslation(value ? "partner.filter.borders.yes" : "partner.filter.borders.no"));
        filterFields.add(search, kind, country, province, borders, missing);
    }

    private void configureGrid() {
        grid.addColumn(PartnerRow::name)
                .setKey("name")
                .setSortProperty("name")
                .setHeader(getTranslation("partner.field.name"))
                .setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(partner ->
                        getTranslation("partner.kind." + partner.kind().name()))
                .setKey("kind")
                .setSortProperty("kind")
                .setHeader(getTranslation("partner.field.kind"))
                .setFlexGrow(1);
        grid.addColumn(partner -> Countries.name(partner.country(), getLocale()))
                .setKey("country")
                .setSortProperty("country")
                .setHeader(getTranslation("partner.field.country"))
                .setFlexGrow(1);
        grid.addColumn(partner ->
                        partner.province() == null ? "" : partner.province().officialName())
                .setKey("province")
                .setSortProperty("province")
                .setHeader(getTranslation("partner.field.province"))
                .setFlexGrow(1);
        grid.addColumn(partner -> partner.bordersBandung() ? getTranslation("partner.filter.borders.yes") : "")
                .setKey("bordersBandung")
                .setSortProperty("bordersBandung")
                .setHeader(getTranslation("partner.column.borders"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        LazyRows.updatedColumn(grid, PartnerRow::updatedAt);
        LazyRows.show(grid, getContent(), "partner", () -> filter, rows::list, rows::count, PartnerRow::id);
    }

    private List<ExportColumn<PartnerRow>> exportColumns() {
        return List.of(
                new ExportColumn<>("partner.field.name", PartnerRow::name),
                new ExportColumn<>(
                        "partner.field.kind",
                        p -> getTranslation("partner.kind." + p.kind().name())),
                new ExportColumn<>("partner.field.country", PartnerRow::country),
                new ExportColumn<>("partner.column.country-name", p -> Countries.name(p.country(), getLocale())),
                new ExportColumn<>(
                        "partner.field.province",
                        p -> p.province() == null ? null : p.province().officialName()),
                new ExportColumn<>("partner.field.bordersBandung", PartnerRow::bordersBandung),
                new ExportColumn<>("partner.field.latitude", PartnerRow::latitude),
                new ExportColumn<>("partner.field.longitude", PartnerRow::longitude),
                new ExportColumn<>("partner.field.website", PartnerRow::website),
                new ExportColumn<>("partner.field.contact", PartnerRow::contact),
                new ExportColumn<>("partner.field.notes", PartnerRow::notes),
                new ExportColumn<>("record.sample", PartnerRow::sample));
    }

    private void filterChanged() {
        filter = new PartnerFilter(
                search.text(),
                kind.getValue(),
                country.getValue(),
                province.getValue(),
                borders.getValue(),
                missing.getValue());
        editing.filterChanged();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = PartnerFilter.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        filterFields.fill(() -> {
            search.setValue(filter.text() == null ? "" : filter.text());
            kind.setValue(filter.kind());
            country.setValue(filter.country());
            province.setValue(filter.province());
            borders.setValue(filter.bordersBandung());
            missing.setValue(filter.missing());
        });
        editing.enter(event, canEdit, this::newPartner);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        editing.beforeLeave(event);
    }

    private Partner newPartner() {
        return new Partner("", PartnerKind.CITY, Partner.INDONESIA);
    }

    private void show(Partner partner) {
        form.edit(partner, canEdit);
        editing.showEditor(
                        partner,
                        partner.isNew() ? getTranslation("partner.new") : partner.getName(),
                        form,
                        id -> new RecordHistory(audit, Partner.RECORD_TYPE, id, "partner.field.", this::historyValue))
                .setBadge(canEdit ? null : getTranslation("record.read-only"), "contrast");
    }

    private void save(Partner partner) {
        try {
            editing.save(partner, partners::save, saved -> getTranslation("partner.saved", saved.getName()));
        } catch (DuplicateRecordException e) {
            if (e.field().equals("regionCode")) {
                form.showRegionRefused("partner.region.error.taken");
            } else {
                form.showDuplicateName();
            }
        } catch (RuleViolationException e) {
            form.showRegionRefused(e.messageKey());
        }
    }

    private void delete(Partner partner) {
        editing.delete(
                partner, partner.getName(), partners::delete, getTranslation("partner.deleted", partner.getName()));
    }

    private String historyValue(String field, String value) {
        return switch (field) {
            case "kind" -> getTranslation("partner.kind." + value);
            case "country" -> Countries.name(value, getLocale());
            case "province" -> Province.valueOf(value).officialName();
            case "bordersBandung" ->
                getTranslation("true".equals(value) ? "partner.filter.borders.yes" : "partner.filter.borders.no");
            default -> value;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partner.title");
    }
}
