package id.bandung.kerjasama.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementFilter;
import id.bandung.kerjasama.agreement.AgreementGap;
import id.bandung.kerjasama.agreement.AgreementQueries;
import id.bandung.kerjasama.agreement.AgreementRow;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.ComplianceCheck;
import id.bandung.kerjasama.agreement.ComplianceService;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.agreement.DocumentService;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.agreement.StageService;
import id.bandung.kerjasama.audit.AuditQueries;
import id.bandung.kerjasama.audit.ui.RecordHistory;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.base.ui.DatePickers;
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
import id.bandung.kerjasama.partner.PartnerQueries;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.ui.PartnerPicker;
import id.bandung.kerjasama.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Agreements: a lazy, filtered list (filters in the URL, so the dashboard can link to
 * {@code agreements?status=EXPIRING&category=KSDPL}) with the editor and the signed document beside it.
 */
@Route("agreements/:id?")
@Menu(order = 20, icon = "vaadin:file-text-o", title = "agreement.menu")
@PermitAll
public class AgreementListView extends Composite<ListLayout>
        implements HasDynamicTitle, BeforeEnterObserver, BeforeLeaveObserver {

    static final String PATH = "agreements";

    final Grid<AgreementRow> grid = new Grid<>();
    final SearchField search;
    final ComboBox<Category> category = new ComboBox<>();
    final ComboBox<AgreementStatus> status = new ComboBox<>();
    final ComboBox<ComplianceCheck> issue = new ComboBox<>();
    final ComboBox<AgreementGap> missing = new ComboBox<>();
    final PartnerPicker partner;
    final ComboBox<CooperationField> field = new ComboBox<>();
    final ComboBox<Obligation> obligation = new ComboBox<>();
    final ComboBox<DocumentKind> documentKind = new ComboBox<>();
    final DatePicker signedFrom;
    final DatePicker signedTo;
    final IntegerField expiringWithin = new IntegerField();
    final AgreementForm form;

    private final AgreementService agreements;
    private final AgreementQueries queries;
    private final DocumentService documents;
    private final StageService stages;
    private final ComplianceService compliance;
    private final ObjectProvider<AgreementEditorSection> sections;
    private final PartnerService partners;
    private final AuditQueries audit;
    private final Clock clock;
    private final boolean canEdit;
    private final RecordEditing<Agreement> editing;
    private final FilterFields filterFields = new FilterFields(this::filterChanged);
    private volatile AgreementFilter filter = AgreementFilter.empty();

    AgreementListView(
            AgreementService agreements,
            AgreementQueries queries,
            DocumentService documents,
            StageService stages,
            ComplianceService compliance,
            ObjectProvider<AgreementEditorSection> sections,
            PartnerQueries partnerChoices,
            PartnerService partners,
            AuditQueries audit,
            CurrentUser currentUser,
            Clock clock,
            LiveUpdates live) {
        this.agreements = agreements;
        this.queries = queries;
        this.documents = documents;
        this.stages = stages;
        this.compliance = compliance;
        this.sections = sections;
        this.partners = partners;
        this.audit = audit;
        this.clock = clock;
        this.canEdit = currentUser.canEdit();
        this.search = new SearchField(getTranslation("agreement.search"));
        this.partner = new PartnerPicker(partnerChoices, null);
        this.signedFrom = DatePickers.create(null);
        this.signedTo = DatePickers.create(null);
        this.form = new AgreementForm(agreements, queries, partnerChoices, partners, clock);
        ListLayout layout = getContent();
        layout.addClassName("agreement-list-view");

        configureFilters();
        configureGrid();
        layout.setGrid(grid, "category", "signedOn", "updatedAt");
        editing = RecordEditing.ofRows(
                grid,
                AgreementRow::id,
                queries::row,
                layout,
                PATH,
                () -> filter.toParameters(),
                form::hasChanges,
                agreements::find,
                this::show);
        layout.addFilters(search, category, status, issue, partner, field, moreFilters(), filterFields.clearButton());
        layout.addActions(
                new ExportMenu<>("naskah-kerja-sama", exportColumns(), () -> sink -> queries.export(filter, sink)));
        if (canEdit) {
            layout.addActions(editing.newButton(getTranslation("agreement.new"), "new-agreement", this::newAgreement));
        }
        editing.listenTo(form, Agreement::getTitle, this::save, this::delete);
        // Changes saved elsewhere show at once; the filters, the scroll position and an open editor stay.
        live.follow(this, editing::refresh, EnumSet.of(Topic.AGREEMENTS, Topic.PARTNERS));
    }

    @Override
    protected ListLayout initContent() {
        return new ListLayout(getTranslation("agreement.intro"));
    }

    private void configureFilters() {
        FilterFields.label(category, getTranslation("agreement.field.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(value -> value.name() + " · " + getTranslation("category." + value.name()));
        FilterFields.label(status, getTranslation("agreement.field.status"));
        status.setItems(AgreementStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("agreement.status." + value.name()));
        FilterFields.label(issue, getTranslation("agreement.filter.issue"));
        issue.setItems(ComplianceCheck.values());
        issue.setItemLabelGenerator(value -> getTranslation("compliance." + value.name()));
        issue.getStyle().set("--vaadin-combo-box-overlay-width", "28em");
        FilterFields.label(missing, getTranslation("agreement.filter.missing"));
        missing.setItems(AgreementGap.values());
        missing.setItemLabelGenerator(value -> getTranslation("agreement.missing." + value.name()));
        missing.getStyle().set("--vaadin-combo-box-overlay-width", "22em");
        partner.setPlaceholder(getTranslation("agreement.field.partner"));
        partner.setAriaLabel(getTranslation("agreement.field.partner"));
        FilterFields.label(field, getTranslation("agreement.filter.field"));
        field.setItems(CooperationField.values());
        field.setItemLabelGenerator(value -> getTranslation("agreement.cooperation-field." + value.name()));
        FilterFields.label(obligation, getTranslation("agreement.field.obligation"));
        obligation.setItems(Obligation.values());
        obligation.setItemLabelGenerator(value -> getTranslation("agreement.obligation." + value.name()));
        FilterFields.label(documentKind, getTranslation("agreement.field.documentKind"));
        documentKind.setItems(DocumentKind.values());
        documentKind.setItemLabelGenerator(value -> getTranslation("agreement.kind." + value.name()));
        signedFrom.setPlaceholder(getTranslation("agreement.filter.from"));
        signedFrom.setAriaLabel(getTranslation("agreement.filter.from"));
        signedTo.setPlaceholder(getTranslation("agreement.filter.to"));
        signedTo.setAriaLabel(getTranslation("agreement.filter.to"));
        expiringWithin.setPlaceholder(getTranslation("agreement.filter.expiring"));
        expiringWithin.setAriaLabel(getTranslation("agreement.filter.expiring"));
        expiringWithin.setMin(1);
        expiringWithin.setMax(3650);
        expiringWithin.setClearButtonVisible(true);
        expiringWithin.setValueChangeMode(ValueChangeMode.TIMEOUT);
        filterFields.add(
                search,
                category,
                status,
                issue,
                partner,
                field,
                obligation,
                documentKind,
                signedFrom,
                signedTo,
                expiringWithin,
                missing);
    }

    /** The less used filters, behind a toggle; open when the URL sets any of them. */
    private Component moreFilters() {
        Div more = new Div(obligation, documentKind, signedFrom, signedTo, expiringWithin, missing);
        more.addClassName("more-filters");
        more.setVisible(false);
        Button toggle = new Button(
                getTranslation("filter.more"),
                VaadinIcon.SLIDERS.create(),
                event -> more.setVisible(!more.isVisible()));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("more-filters-toggle");
        List.<com.vaadin.flow.component.HasValue<?, ?>>of(
                        obligation, documentKind, signedFrom, signedTo, expiringWithin, missing)
                .forEach(value -> value.addValueChangeListener(event -> {
                    if (!event.getHasValue().isEmpty()) {
                        more.setVisible(true);
                    }
                }));
        Div wrapper = new Div(toggle, more);
        wrapper.addClassName("more-filters-wrapper");
        return wrapper;
    }

    private void configureGrid() {
        grid.addColumn(AgreementRow::title)
                .setKey("title")
                .setSortProperty("title")
                .setHeader(getTranslation("agreement.field.title"))
                .setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(AgreementRow::partnerName)
                .setKey("partner")
                .setSortProperty("partner.name")
                .setHeader(getTranslation("agreement.field.partner"))
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(this::categoryText)
                .setKey("category")
                .setSortProperty("category", "obligation")
                .setHeader(getTranslation("agreement.field.category"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::statusBadge)
                .setKey("status")
                .setHeader(getTranslation("agreement.field.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(agreement -> Formats.date(agreement.signedOn(), getLocale()))
                .setKey("signedOn")
                .setSortProperty("signedOn")
                .setHeader(getTranslation("agreement.field.signedOn"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(agreement -> Formats.date(agreement.endOn(), getLocale()))
                .setKey("endOn")
                .setSortProperty("endOn")
                .setHeader(getTranslation("agreement.field.endOn"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        LazyRows.updatedColumn(grid, AgreementRow::updatedAt);
        LazyRows.show(grid, getContent(), "agreement", () -> filter, queries::list, queries::count, AgreementRow::id);
    }

    private String categoryText(AgreementRow agreement) {
        return agreement.obligation() == null
                ? agreement.category().name()
                : agreement.category().name() + " · "
                        + getTranslation(
                                "agreement.obligation." + agreement.obligation().name());
    }

    private Span statusBadge(AgreementRow agreement) {
        return AgreementBadges.status(agreement.status());
    }

    private List<ExportColumn<AgreementRow>> exportColumns() {
        return List.of(
                new ExportColumn<>("agreement.field.title", AgreementRow::title),
                new ExportColumn<>("agreement.field.partner", AgreementRow::partnerName),
                new ExportColumn<>("partner.field.country", AgreementRow::partnerCountry),
                new ExportColumn<>("agreement.field.category", a -> a.category().name()),
                new ExportColumn<>(
                        "agreement.field.obligation",
                        a -> a.obligation() == null
                                ? null
                                : getTranslation(
                                        "agreement.obligation." + a.obligation().name())),
                new ExportColumn<>(
                        "agreement.field.documentKind",
                        a -> a.documentKind() == null
                                ? null
                                : getTranslation(
                                        "agreement.kind." + a.documentKind().name())),
                new ExportColumn<>(
                        "agreement.field.fields",
                        a -> a.fields().stream()
                                .map(f -> getTranslation("agreement.cooperation-field." + f.name()))
                                .sorted()
                                .collect(Collectors.joining(", "))),
                new ExportColumn<>(
                        "agreement.field.status",
                        a -> getTranslation("agreement.status." + a.status().name())),
                new ExportColumn<>("agreement.field.bandungNumber", AgreementRow::bandungNumber),
                new ExportColumn<>("agreement.field.partnerNumber", AgreementRow::partnerNumber),
                new ExportColumn<>("agreement.field.signedOn", AgreementRow::signedOn),
                new ExportColumn<>("agreement.field.startOn", AgreementRow::startOn),
                new ExportColumn<>("agreement.field.endOn", AgreementRow::endOn),
                new ExportColumn<>("agreement.field.terminatedOn", AgreementRow::terminatedOn),
                new ExportColumn<>("agreement.field.terminationReason", AgreementRow::terminationReason),
                new ExportColumn<>("agreement.field.notes", AgreementRow::notes),
                new ExportColumn<>("record.sample", AgreementRow::sample));
    }

    private void filterChanged() {
        filter = new AgreementFilter(
                search.text(),
                category.getValue(),
                obligation.getValue(),
                status.getValue(),
                field.getValue(),
                partner.partnerId(),
                documentKind.getValue(),
                signedFrom.getValue(),
                signedTo.getValue(),
                expiringWithin.getValue(),
                issue.getValue(),
                missing.getValue());
        editing.filterChanged();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = AgreementFilter.fromParameters(
                event.getLocation().getQueryParameters().getParameters());
        filterFields.fill(() -> {
            search.setValue(filter.text() == null ? "" : filter.text());
            category.setValue(filter.category());
            status.setValue(filter.status());
            partner.setPartnerId(filter.partnerId());
            field.setValue(filter.field());
            obligation.setValue(filter.obligation());
            documentKind.setValue(filter.documentKind());
            signedFrom.setValue(filter.signedFrom());
            signedTo.setValue(filter.signedTo());
            expiringWithin.setValue(filter.expiringWithinDays());
            issue.setValue(filter.issue());
            missing.setValue(filter.missing());
        });
        editing.enter(event, canEdit, this::newAgreement);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        editing.beforeLeave(event);
    }

    private Agreement newAgreement() {
        Agreement agreement = new Agreement(null, Category.KSDD, Obligation.SUKARELA, "");
        if (filter.partnerId() != null) {
            partners.find(filter.partnerId()).ifPresent(agreement::setPartner);
        }
        return agreement;
    }

    private void show(Agreement agreement) {
        form.edit(agreement, canEdit);
        Div content = new Div(form);
        if (!agreement.isNew()) {
            content.addComponentAsFirst(new DocumentSection(documents, agreement.getId(), canEdit));
            content.addComponentAsFirst(new LifecycleSection(
                    stages,
                    agreements,
                    agreement,
                    canEdit,
                    clock,
                    id -> {
                        grid.getDataProvider().refreshAll();
                        editing.openById(id);
                    },
                    editing::confirmThen));
            content.addComponentAsFirst(new ComplianceSection(compliance, agreement.getId(), canEdit));
            // other features' sections (monitoring reports) after the signed document, before the fields
            sections.orderedStream()
                    .map(section -> section.create(agreement, canEdit))
                    .forEach(section -> content.addComponentAtIndex(content.getComponentCount() - 1, section));
        }
        AgreementStatus current = agreement.status(LocalDate.now(clock));
        editing.showEditor(
                        agreement,
                        agreement.isNew() ? getTranslation("agreement.new") : agreement.getTitle(),
                        content,
                        id -> new RecordHistory(
                                audit, Agreement.RECORD_TYPE, id, "agreement.field.", this::historyValue))
                .setBadge(getTranslation("agreement.status." + current.name()), AgreementBadges.theme(current));
    }

    private void save(Agreement agreement) {
        try {
            editing.save(agreement, agreements::save, saved -> getTranslation("agreement.saved", saved.getTitle()));
        } catch (RuleViolationException e) {
            form.showError(e.field(), getTranslation(e.messageKey()));
        } catch (ConstraintViolationException e) {
            form.showViolations(e.getConstraintViolations());
        }
    }

    private void delete(Agreement agreement) {
        editing.delete(
                agreement,
                agreement.getTitle(),
                agreements::delete,
                getTranslation("agreement.deleted", agreement.getTitle()));
    }

    private String historyValue(String fieldName, String value) {
        return switch (fieldName) {
            case "obligation" -> getTranslation("agreement.obligation." + value);
            case "documentKind" -> getTranslation("agreement.kind." + value);
            case "fields" ->
                java.util.Arrays.stream(value.split(", "))
                        .map(f -> getTranslation("agreement.cooperation-field." + f))
                        .collect(Collectors.joining(", "));
            case "signedOn", "startOn", "endOn", "terminatedOn" -> Formats.date(LocalDate.parse(value), getLocale());
            case "stage" -> getTranslation("stage." + value);
            case "burdensPublic", "unbudgeted", "signedByProxy" ->
                getTranslation("true".equals(value) ? "history.yes" : "history.no");
            default -> value;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreement.title");
    }
}
