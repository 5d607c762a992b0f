package id.bandung.kerjasama.software.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bandung.kerjasama.agreement.AgreementQueries;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.audit.AuditQueries;
import id.bandung.kerjasama.audit.ui.RecordHistory;
import id.bandung.kerjasama.base.domain.DuplicateRecordException;
import id.bandung.kerjasama.base.domain.RuleViolationException;
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
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerQueries;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.ui.PartnerPicker;
import id.bandung.kerjasama.security.CurrentUser;
import id.bandung.kerjasama.software.Adoption;
import id.bandung.kerjasama.software.AdoptionFilter;
import id.bandung.kerjasama.software.AdoptionQueries;
import id.bandung.kerjasama.software.AdoptionRow;
import id.bandung.kerjasama.software.AdoptionService;
import id.bandung.kerjasama.software.AdoptionStatus;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareQueries;
import id.bandung.kerjasama.software.SoftwareService;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;

/** Which partner adopted which software, how far it got, and under which agreement. */
@Route("adoptions/:id?")
@Menu(order = 40, icon = "vaadin:connect", title = "adoption.menu")
@PermitAll
public class AdoptionListView extends Composite<ListLayout>
        implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver {

    static final String PATH = "adoptions";

    final Grid<AdoptionRow> grid = new Grid<>();
    final SearchField search;
    final SoftwarePicker software;
    final PartnerPicker partner;
    final ComboBox<AdoptionStatus> status = new ComboBox<>();
    final AdoptionForm form;

    private final AdoptionService adoptions;
    private final AdoptionQueries queries;
    private final SoftwareService softwareRecords;
    private final SoftwareQueries softwareChoices;
    private final PartnerService partners;
    private final AuditQueries audit;
    private final boolean canEdit;
    private final RecordEditing<Adoption> editing;
    private final FilterFields filterFields = new FilterFields(this::filterChanged);
    private volatile AdoptionFilter filter = AdoptionFilter.empty();

    AdoptionListView(
            AdoptionService adoptions,
            AdoptionQueries queries,
            SoftwareService softwareRecords,
            SoftwareQueries softwareChoices,
            PartnerQueries partnerChoices,
            PartnerService partners,
            AgreementQueries agreementQueries,
            AgreementService agreements,
            AuditQueries audit,
            CurrentUser currentUser,
            LiveUpdates live) {
        this.adoptions = adoptions;
        this.queries = queries;
        this.softwareRecords = softwareRecords;
        this.softwareChoices = softwareChoices;
        this.partners = partners;
        this.audit = audit;
        this.canEdit = currentUser.canEdit();
        this.search = new SearchField(getTranslation("adoption.search"));
        this.software = new SoftwarePicker(softwareChoices);
        this.partner = new PartnerPicker(partnerChoices, null);
        this.form = new AdoptionForm(
                partnerChoices,
                partners,
                new SoftwarePicker(softwareChoices),
                agreementQueries,
                agreements,
                softwareRecords::find);
        ListLayout layout = getContent();
        layout.addClassName("adoption-list-view");
        configureFilters();
        configureGrid();
        layout.setGrid(grid, "agreement", "updatedAt");
        editing = RecordEditing.ofRows(
                grid,
                AdoptionRow::id,
                queries::row,
                layout,
                PATH,
                () -> filter.toParameters(),
                form::hasChanges,
                adoptions::find,
                this::show);
        layout.addFilters(search, software, partner, status, filterFields.clearButton());
        layout.addActions(
                new ExportMenu<>("adopsi-aplikasi", exportColumns(), () -> sink -> queries.export(filter, sink)));
        if (canEdit) {
            layout.addActions(editing.newButton(getTranslation("adoption.new"), "new-adoption", this::newAdoption));
        }
        editing.listenTo(form, Adoption::auditLabel, this::save, this::delete);
        // Changes saved elsewhere show at once; the filters, the scroll position and an open editor stay.
        live.follow(this, editing::refresh, EnumSet.of(Topic.ADOPTIONS, Topic.SOFTWARE, Topic.PARTNERS));
    }

    @Override
    protected ListLayout initContent() {
        return new ListLayout(getTranslation("adoption.intro"));
    }

    private void configureFilters() {
        software.setPlaceholder(getTranslation("adoption.field.software"));
        software.setAriaLabel(getTranslation("adoption.field.software"));
        partner.setPlaceholder(getTranslation("adoption.field.partner"));
        partner.setAriaLabel(getTranslation("adoption.field.partner"));
        FilterFields.label(status, getTranslation("adoption.field.status"));
        status.setItems(AdoptionStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("adoption.status." + value.name()));
        filterFields.add(search, software, partner, status);
    }

    private void configureGrid() {
        grid.addColumn(AdoptionRow::partnerName)
                .setKey("partner")
                .setSortProperty("partner.name")
                .setHeader(getTranslation("adoption.field.partner"))
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(AdoptionRow::softwareName)
                .setKey("software")
                .setSortProperty("software.name")
                .setHeader(getTranslation("adoption.field.software"))
                .setFlexGrow(2)
                .setResizable(true);
        grid.addComponentColumn(this::statusBadge)
                .setKey("status")
                .setSortProperty("status")
                .setHeader(getTranslation("adoption.field.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.since(), getLocale()))
                .setKey("since")
                .setSortProperty("since")
                .setHeader(getTranslation("adoption.field.since"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.agreementTitle() == null ? "" : row.agreementTitle())
                .setKey("agreement")
                .setHeader(getTranslation("adoption.field.agreement"))
                .setFlexGrow(2);
        LazyRows.updatedColumn(grid, AdoptionRow::updatedAt);
        // A row stays itself (and selected) as its values change.
        LazyRows.show(grid, getContent(), "adoption", () -> filter, queries::list, queries::count, AdoptionRow::id);
    }

    private Span statusBadge(AdoptionRow row) {
        Span badge = new Span(getTranslation("adoption.status." + row.status().name()));
        String theme = switch (row.status()) {
            case REQUESTED -> "contrast";
            case IN_PROGRESS -> "";
            case ADOPTED -> "success";
            case DISCONTINUED -> "error";
        };
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    private List<ExportColumn<AdoptionRow>> exportColumns() {
        return List.of(
                new ExportColumn<>("adoption.field.partner", AdoptionRow::partnerName),
                new ExportColumn<>("adoption.field.software", AdoptionRow::softwareName),
                new ExportColumn<>(
                        "adoption.field.status",
                        row -> getTranslation("adoption.status." + row.status().name())),
                new ExportColumn<>("adoption.field.since", AdoptionRow::since),
                new ExportColumn<>("adoption.field.agreement", AdoptionRow::agreementTitle),
                new ExportColumn<>("adoption.field.notes", AdoptionRow::notes),
                new ExportColumn<>("record.sample", AdoptionRow::sample));
    }

    private void filterChanged() {
        filter = new AdoptionFilter(
                search.text(),
                software.getValue() == null ? null : software.getValue().id(),
                partner.partnerId(),
                status.getValue());
        editing.filterChanged();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = AdoptionFilter.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        filterFields.fill(() -> {
            search.setValue(filter.text() == null ? "" : filter.text());
            software.setValue(
                    filter.softwareId() == null
                            ? null
                            : softwareChoices.choice(filter.softwareId()).orElse(null));
            partner.setPartnerId(filter.partnerId());
            status.setValue(filter.status());
        });
        editing.enter(event, canEdit, this::newAdoption);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        editing.beforeLeave(event);
    }

    private Adoption newAdoption() {
        Software chosenSoftware = software.getValue() == null
                ? null
                : softwareRecords.find(software.getValue().id()).orElse(null);
        Partner chosenPartner = partner.partnerId() == null
                ? null
                : partners.find(partner.partnerId()).orElse(null);
        return new Adoption(chosenPartner, chosenSoftware, AdoptionStatus.REQUESTED);
    }

    private void show(Adoption adoption) {
        form.edit(adoption, canEdit);
        editing.showEditor(
                        adoption,
                        adoption.isNew() ? getTranslation("adoption.new") : adoption.auditLabel(),
                        form,
                        id -> new RecordHistory(audit, Adoption.RECORD_TYPE, id, "adoption.field.", this::historyValue))
                .setBadge(canEdit ? null : getTranslation("record.read-only"), "contrast");
    }

    private void save(Adoption adoption) {
        try {
            editing.save(adoption, adoptions::save, saved -> getTranslation("adoption.saved", saved.auditLabel()));
        } catch (DuplicateRecordException e) {
            form.showDuplicate();
        } catch (RuleViolationException e) {
            form.showAgreementError(getTranslation(e.messageKey()));
        }
    }

    private void delete(Adoption adoption) {
        editing.delete(
                adoption,
                adoption.auditLabel(),
                adoptions::delete,
                getTranslation("adoption.deleted", adoption.auditLabel()));
    }

    private String historyValue(String field, String value) {
        return "status".equals(field) ? getTranslation("adoption.status." + value) : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adoption.title");
    }
}
