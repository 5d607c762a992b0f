package id.bandung.kerjasama.software.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.bandung.kerjasama.agreement.AgreementQueries;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.audit.AuditService;
import id.bandung.kerjasama.audit.ui.RecordHistory;
import id.bandung.kerjasama.base.domain.DuplicateRecordException;
import id.bandung.kerjasama.base.domain.RuleViolationException;
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
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.ui.PartnerPicker;
import id.bandung.kerjasama.security.CurrentUser;
import id.bandung.kerjasama.software.Adoption;
import id.bandung.kerjasama.software.AdoptionFilter;
import id.bandung.kerjasama.software.AdoptionStatus;
import id.bandung.kerjasama.software.Software;
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

    final Grid<Adoption> grid = new Grid<>();
    final SearchField search;
    final SoftwarePicker software;
    final PartnerPicker partner;
    final ComboBox<AdoptionStatus> status = new ComboBox<>();
    final AdoptionForm form;

    private final SoftwareService adoptions;
    private final PartnerService partners;
    private final AuditService audit;
    private final boolean canEdit;
    private final RecordEditing<Adoption> editing;
    private final FilterFields filterFields = new FilterFields(this::filterChanged);
    private volatile AdoptionFilter filter = AdoptionFilter.empty();

    AdoptionListView(
            SoftwareService adoptions,
            PartnerService partners,
            AgreementQueries agreementQueries,
            AgreementService agreements,
            AuditService audit,
            CurrentUser currentUser,
            LiveUpdates live) {
        this.adoptions = adoptions;
        this.partners = partners;
        this.audit = audit;
        this.canEdit = currentUser.canEdit();
        this.search = new SearchField(getTranslation("adoption.search"));
        this.software = new SoftwarePicker(adoptions);
        this.partner = new PartnerPicker(partners, null);
        this.form = new AdoptionForm(partners, new SoftwarePicker(adoptions), agreementQueries, agreements);
        ListLayout layout = getContent();
        layout.addClassName("adoption-list-view");
        configureFilters();
        configureGrid();
        layout.setGrid(grid, "agreement", "updatedAt");
        editing = new RecordEditing<>(
                grid, layout, PATH, () -> filter.toParameters(), form::hasChanges, adoptions::findAdoption, this::show);
        layout.addFilters(search, software, partner, status, filterFields.clearButton());
        layout.addActions(new ExportMenu<>(
                "adopsi-aplikasi", exportColumns(), () -> sink -> adoptions.exportAdoptions(filter, sink)));
        if (canEdit) {
            Button add = new Button(
                    getTranslation("adoption.new"),
                    VaadinIcon.PLUS.create(),
                    event -> editing.confirmThen(() -> editing.open(newAdoption())));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-adoption");
            layout.addActions(add);
        }
        FormEvents.<Adoption>onSave(form, event -> save(event.record()));
        FormEvents.<Adoption>onDelete(
                form, event -> Confirmations.delete(event.record().auditLabel(), () -> delete(event.record())));
        FormEvents.onCancel(form, event -> editing.close());
        // Changes saved elsewhere show at once; the filters, the scroll position and an open editor stay.
        live.follow(
                this,
                () -> grid.getDataProvider().refreshAll(),
                EnumSet.of(Topic.ADOPTIONS, Topic.SOFTWARE, Topic.PARTNERS));
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
        status.setPlaceholder(getTranslation("adoption.field.status"));
        status.setAriaLabel(getTranslation("adoption.field.status"));
        status.setItems(AdoptionStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("adoption.status." + value.name()));
        status.setClearButtonVisible(true);
        filterFields.add(search, software, partner, status);
    }

    private void configureGrid() {
        grid.addColumn(adoption -> adoption.getPartner().getName())
                .setKey("partner")
                .setSortProperty("partner.name")
                .setHeader(getTranslation("adoption.field.partner"))
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(adoption -> adoption.getSoftware().getName())
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
        grid.addColumn(adoption -> Formats.date(adoption.getSince(), getLocale()))
                .setKey("since")
                .setSortProperty("since")
                .setHeader(getTranslation("adoption.field.since"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(adoption -> adoption.getAgreement() == null
                        ? ""
                        : adoption.getAgreement().getTitle())
                .setKey("agreement")
                .setHeader(getTranslation("adoption.field.agreement"))
                .setFlexGrow(2);
        grid.addColumn(adoption -> Formats.date(adoption.getUpdatedAt(), getLocale()))
                .setKey("updatedAt")
                .setSortProperty("updatedAt")
                .setHeader(getTranslation("record.updated"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("adoption.empty"));
        grid.setItems(
                query -> adoptions.listAdoptions(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    long count = adoptions.countAdoptions(filter);
                    getContent().setCount(getTranslation("adoption.count", Formats.number(count, getLocale())));
                    return (int) count;
                });
    }

    private Span statusBadge(Adoption adoption) {
        Span badge = new Span(
                getTranslation("adoption.status." + adoption.getStatus().name()));
        String theme = switch (adoption.getStatus()) {
            case REQUESTED -> "contrast";
            case IN_PROGRESS -> "";
            case ADOPTED -> "success";
            case DISCONTINUED -> "error";
        };
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    private List<ExportColumn<Adoption>> exportColumns() {
        return List.of(
                new ExportColumn<>("adoption.field.partner", a -> a.getPartner().getName()),
                new ExportColumn<>(
                        "adoption.field.software", a -> a.getSoftware().getName()),
                new ExportColumn<>(
                        "adoption.field.status",
                        a -> getTranslation("adoption.status." + a.getStatus().name())),
                new ExportColumn<>("adoption.field.since", Adoption::getSince),
                new ExportColumn<>(
                        "adoption.field.agreement",
                        a -> a.getAgreement() == null ? null : a.getAgreement().getTitle()),
                new ExportColumn<>("adoption.field.notes", Adoption::getNotes),
                new ExportColumn<>("record.sample", Adoption::isSample));
    }

    private void filterChanged() {
        filter = new AdoptionFilter(
                search.text(),
                software.getValue() == null ? null : software.getValue().getId(),
                partner.getValue() == null ? null : partner.getValue().getId(),
                status.getValue());
        grid.getDataProvider().refreshAll();
        editing.updateUrl();
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
                            : adoptions.findSoftware(filter.softwareId()).orElse(null));
            partner.setValue(
                    filter.partnerId() == null
                            ? null
                            : partners.find(filter.partnerId()).orElse(null));
            status.setValue(filter.status());
        });
        grid.getDataProvider().refreshAll();
        editing.openFromRoute(event.getRouteParameters().get("id"), canEdit, this::newAdoption);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        editing.beforeLeave(event);
    }

    private Adoption newAdoption() {
        Software chosenSoftware = software.getValue();
        Adoption adoption = new Adoption(partner.getValue(), chosenSoftware, AdoptionStatus.REQUESTED);
        return adoption;
    }

    private void show(Adoption adoption) {
        form.edit(adoption, canEdit);
        var editor = getContent().editor();
        editor.show(
                adoption.isNew() ? getTranslation("adoption.new") : adoption.auditLabel(),
                form,
                adoption.isNew()
                        ? null
                        : () -> new RecordHistory(
                                audit, Adoption.RECORD_TYPE, adoption.getId(), "adoption.field.", this::historyValue));
        editor.setBadge(canEdit ? null : getTranslation("record.read-only"), "contrast");
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
