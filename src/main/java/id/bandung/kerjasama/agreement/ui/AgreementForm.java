package id.bandung.kerjasama.agreement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementChoice;
import id.bandung.kerjasama.agreement.AgreementQueries;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.base.ui.Binders;
import id.bandung.kerjasama.base.ui.DatePickers;
import id.bandung.kerjasama.base.ui.EntityRules;
import id.bandung.kerjasama.base.ui.FormButtons;
import id.bandung.kerjasama.base.ui.FormEvents;
import id.bandung.kerjasama.partner.PartnerChoice;
import id.bandung.kerjasama.partner.PartnerQueries;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.ui.PartnerPicker;
import jakarta.validation.ConstraintViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An agreement's fields with the rules that tie them together, each with its message at the field: an obligation
 * for regional cooperation (KSDD) and only there; the end not before the start; a parent only for an implementing
 * agreement (PKS), and only a memorandum (Kesepakatan Bersama) of the same partner; an early end with its reason.
 * The status is shown, never edited. Edits stay in the form until Save.
 */
class AgreementForm extends Composite<Div> {

    final PartnerPicker partner;
    final ComboBox<Category> category = new ComboBox<>();
    final RadioButtonGroup<Obligation> obligation = new RadioButtonGroup<>();
    final ComboBox<DocumentKind> documentKind = new ComboBox<>();
    final ComboBox<AgreementChoice> parent = new ComboBox<>();
    final TextField title = new TextField();
    final MultiSelectComboBox<CooperationField> fields = new MultiSelectComboBox<>();
    final TextField bandungNumber = new TextField();
    final TextField partnerNumber = new TextField();
    final DatePicker signedOn;
    final DatePicker startOn;
    final DatePicker endOn;
    final DatePicker terminatedOn;
    final TextArea terminationReason = new TextArea();
    final TextArea notes = new TextArea();
    final Checkbox burdensPublic = new Checkbox();
    final Checkbox unbudgeted = new Checkbox();
    final Checkbox signedByProxy = new Checkbox();
    final TextField powerOfAttorney = new TextField();
    final TextField contactName = new TextField();
    final TextField contactEmail = new TextField();
    final TextField status = new TextField();
    final FormButtons buttons = new FormButtons();

    private final BeanValidationBinder<Agreement> binder = Binders.forBean(Agreement.class);
    private final EntityRules<Agreement> rules = new EntityRules<>(this::draft);
    private final AgreementService agreements;
    private final AgreementQueries queries;
    private final Clock clock;
    private Agreement agreement;
    private boolean editable;

    AgreementForm(
            AgreementService agreements,
            AgreementQueries queries,
            PartnerQueries partnerChoices,
            PartnerService partners,
            Clock clock) {
        this.agreements = agreements;
        this.queries = queries;
        this.clock = clock;
        partner = new PartnerPicker(partnerChoices, getTranslation("agreement.field.partner"));
        signedOn = DatePickers.create(getTranslation("agreement.field.signedOn"));
        startOn = DatePickers.create(getTranslation("agreement.field.startOn"));
        endOn = DatePickers.create(getTranslation("agreement.field.endOn"));
        terminatedOn = DatePickers.create(getTranslation("agreement.field.terminatedOn"));
        configureFields();
        partner.bind(binder, "partner", partners);
        bind();

        FormLayout main = form(title, partner, category, obligation, documentKind, parent, fields);
        main.setColspan(title, 2);
        main.setColspan(partner, 2);
        main.setColspan(fields, 2);
        main.setColspan(parent, 2);
        FormLayout documentNumbers = form(bandungNumber, partnerNumber);
        FormLayout dates = form(status, signedOn, startOn, endOn, terminatedOn, terminationReason);
        dates.setColspan(status, 2);
        dates.setColspan(terminationReason, 2);
        FormLayout approvals = form(burdensPublic, unbudgeted, signedByProxy, powerOfAttorney);
        approvals.setColspan(burdensPublic, 2);
        approvals.setColspan(unbudgeted, 2);
        FormLayout contact = form(contactName, contactEmail);
        FormLayout other = form(notes);
        other.setColspan(notes, 2);

        buttons.save.addClickListener(event -> {
            if (binder.writeBeanIfValid(agreement)) {
                fireEvent(new FormEvents.SaveEvent<>(this, agreement));
            }
        });
        buttons.cancel.addClickListener(event -> {
            binder.readBean(agreement); // the input is dropped, so nothing later asks whether to keep it
            fireEvent(new FormEvents.CancelEvent(this));
        });
        buttons.delete.addClickListener(event -> fireEvent(new FormEvents.DeleteEvent<>(this, agreement)));
        getContent().addClassName("record-form");
        getContent()
                .add(
                        main,
                        section("agreement.section.numbers"),
                        documentNumbers,
                        section("agreement.section.dates"),
                        dates,
                        section("agreement.section.approvals"),
                        approvals,
                        section("agreement.section.contact"),
                        contact,
                        other,
                        buttons);
    }

    private void configureFields() {
        title.setLabel(getTranslation("agreement.field.title"));
        category.setLabel(getTranslation("agreement.field.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(value -> value.name() + " · " + getTranslation("category." + value.name()));
        obligation.setLabel(getTranslation("agreement.field.obligation"));
        obligation.setItems(Obligation.values());
        obligation.setItemLabelGenerator(value -> getTranslation("agreement.obligation." + value.name()));
        documentKind.setLabel(getTranslation("agreement.field.documentKind"));
        documentKind.setItems(DocumentKind.values());
        documentKind.setItemLabelGenerator(value -> getTranslation("agreement.kind." + value.name()));
        parent.setLabel(getTranslation("agreement.field.parent"));
        parent.setHelperText(getTranslation("agreement.parent.helper"));
        parent.setItemLabelGenerator(AgreementChoice::title);
        parent.setClearButtonVisible(true);
        fields.setLabel(getTranslation("agreement.field.fields"));
        fields.setItems(CooperationField.values());
        fields.setItemLabelGenerator(value -> getTranslation("agreement.cooperation-field." + value.name()));
        bandungNumber.setLabel(getTranslation("agreement.field.bandungNumber"));
        partnerNumber.setLabel(getTranslation("agreement.field.partnerNumber"));
        terminatedOn.setHelperText(getTranslation("agreement.terminated.helper"));
        terminationReason.setLabel(getTranslation("agreement.field.terminationReason"));
        notes.setLabel(getTranslation("agreement.field.notes"));
        burdensPublic.setLabel(getTranslation("agreement.field.burdensPublic"));
        unbudgeted.setLabel(getTranslation("agreement.field.unbudgeted"));
        burdensPublic.setTooltipText(getTranslation("agreement.burdens.helper"));
        signedByProxy.setLabel(getTranslation("agreement.field.signedByProxy"));
        powerOfAttorney.setLabel(getTranslation("agreement.field.powerOfAttorney"));
        powerOfAttorney.setHelperText(getTranslation("agreement.power.helper"));
        powerOfAttorney.setMaxLength(Agreement.NUMBER_MAX);
        contactName.setLabel(getTranslation("agreement.field.contactName"));
        contactEmail.setLabel(getTranslation("agreement.field.contactEmail"));
        contactEmail.setHelperText(getTranslation("agreement.contact.helper"));
        signedByProxy.addValueChangeListener(event -> powerOfAttorney.setEnabled(event.getValue() && isEditable()));
        status.setLabel(getTranslation("agreement.field.status"));
        status.setReadOnly(true);
        status.setHelperText(getTranslation("agreement.status.helper"));

        category.addValueChangeListener(event -> {
            boolean regional = event.getValue() != null && event.getValue().hasObligation();
            obligation.setEnabled(regional && isEditable());
            if (!regional) {
                obligation.clear();
            }
        });
        partner.addValueChangeListener(event -> refreshParents());
        documentKind.addValueChangeListener(event -> refreshParents());
        startOn.addValueChangeListener(event -> binder.validate());
        terminatedOn.addValueChangeListener(event -> binder.validate());
        List.<HasValue<?, ?>>of(signedOn, endOn, terminatedOn)
                .forEach(field -> field.addValueChangeListener(event -> showStatus()));
    }

    private void bind() {
        binder.forField(obligation).withValidator(rules.at("obligation")).bind("obligation");
        binder.forField(documentKind)
                .asRequired(getTranslation("validation.required"))
                .bind("documentKind");
        binder.forField(fields)
                .asRequired(getTranslation("agreement.error.fields-required"))
                .bind("fields");
        binder.forField(endOn).withValidator(rules.at("endOn")).bind("endOn");
        binder.forField(parent)
                .withValidator((value, context) -> value == null
                                || documentKind.getValue() == DocumentKind.PERJANJIAN_KERJA_SAMA
                                        && partner.getValue() != null
                                        && value.partnerId()
                                                == partner.getValue().id()
                        ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("agreement.error.parent")))
                .withConverter(
                        (AgreementChoice choice) -> choice == null ? null : agreements.reference(choice.id()),
                        AgreementChoice::of)
                .bind("parent");
        binder.forField(terminationReason)
                .withValidator(rules.at("terminationReason"))
                .bind("terminationReason");
        binder.bindInstanceFields(this);
    }

    /** The agreement as the fields now describe it, for the rules that tie them together. */
    private Agreement draft() {
        Agreement draft = new Agreement(null, category.getValue(), obligation.getValue(), title.getValue());
        draft.setStartOn(startOn.getValue());
        draft.setEndOn(endOn.getValue());
        draft.setTerminatedOn(terminatedOn.getValue());
        draft.setTerminationReason(terminationReason.getValue());
        return draft;
    }

    /** Memoranda of the chosen partner, for an implementing agreement only. */
    private void refreshParents() {
        PartnerChoice chosen = partner.getValue();
        boolean implementing = documentKind.getValue() == DocumentKind.PERJANJIAN_KERJA_SAMA;
        AgreementChoice current = parent.getValue();
        List<AgreementChoice> memoranda = chosen == null || !implementing
                ? List.of()
                : queries.memorandaOf(chosen.id()).stream()
                        .filter(memo -> agreement == null || !Objects.equals(memo.id(), agreement.getId()))
                        .toList();
        parent.setItems(memoranda);
        parent.setEnabled(implementing && isEditable());
        memoranda.stream()
                .filter(memo -> current != null && memo.id() == current.id())
                .findFirst()
                .ifPresentOrElse(parent::setValue, parent::clear);
    }

    private void showStatus() {
        boolean signed = agreement != null && agreement.getStage().marksSigned(documentKind.getValue());
        AgreementStatus value = AgreementStatus.of(
                signedOn.getValue(), endOn.getValue(), terminatedOn.getValue(), signed, LocalDate.now(clock));
        status.setValue(getTranslation("agreement.status." + value.name()));
    }

    void edit(Agreement value, boolean editable) {
        this.agreement = value;
        this.editable = editable;
        binder.setReadOnly(!editable);
        binder.readBean(value);
        obligation.setEnabled(
                editable && value.getCategory() != null && value.getCategory().hasObligation());
        showStatus();
        powerOfAttorney.setEnabled(editable && value.isSignedByProxy());
        buttons.show(editable, !value.isNew());
        if (editable && value.isNew()) {
            // A saved record opens at its top (warnings, lifecycle): focusing the title would scroll past them.
            title.focus();
        }
    }

    private boolean isEditable() {
        return editable;
    }

    boolean hasChanges() {
        return agreement != null && binder.hasChanges();
    }

    /** Shows a refusal of the service at its field. */
    void showError(String property, String message) {
        binder.getBinding(property)
                .map(Binder.Binding::getField)
                .filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast)
                .ifPresent(field -> {
                    field.setInvalid(true);
                    field.setErrorMessage(message);
                });
    }

    /** Shows the entity's refusals (when the service found what the form did not) at their fields. */
    void showViolations(Set<ConstraintViolation<?>> violations) {
        violations.forEach(violation ->
                showError(violation.getPropertyPath().toString(), EntityRules.message(violation, getLocale())));
    }

    private FormLayout form(Component... components) {
        FormLayout layout = new FormLayout(components);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        return layout;
    }

    private H3 section(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("form-section-title");
        return heading;
    }
}
