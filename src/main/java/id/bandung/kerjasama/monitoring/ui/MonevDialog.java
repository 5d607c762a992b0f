package id.bandung.kerjasama.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.base.ui.Binders;
import id.bandung.kerjasama.base.ui.DatePickers;
import id.bandung.kerjasama.base.ui.EntityRules;
import id.bandung.kerjasama.base.ui.RecordMessages;
import id.bandung.kerjasama.monitoring.MonevReport;
import id.bandung.kerjasama.monitoring.MonevService;
import id.bandung.kerjasama.monitoring.Recommendation;
import jakarta.validation.ConstraintViolationException;

/**
 * Writes one implementation report: its period, what was done and achieved, obstacles and follow-up, the OPD and the
 * person in charge, and (for an evaluation) the recommendation. The entity's rules show at their fields.
 */
class MonevDialog extends Dialog {

    final DatePicker periodFrom = DatePickers.create(null);
    final DatePicker periodTo = DatePickers.create(null);
    final TextArea activities = new TextArea();
    final TextArea outputs = new TextArea();
    final TextArea outcomes = new TextArea();
    final TextArea obstacles = new TextArea();
    final TextArea followUp = new TextArea();
    final TextField responsibleUnit = new TextField();
    final TextField personInCharge = new TextField();
    final ComboBox<Recommendation> recommendation = new ComboBox<>();
    final Button save = new Button();

    private final BeanValidationBinder<MonevReport> binder = Binders.forBean(MonevReport.class);

    MonevDialog(MonevService monev, MonevReport report, SerializableConsumer<MonevReport> onSaved) {
        addClassName("monev-dialog");
        setHeaderTitle(getTranslation(report.isNew() ? "monev.new" : "monev.edit"));
        periodFrom.setLabel(getTranslation("monev.field.periodFrom"));
        periodTo.setLabel(getTranslation("monev.field.periodTo"));
        for (String name : new String[] {"activities", "outputs", "outcomes", "obstacles", "followUp"}) {
            TextArea area = area(name);
            area.setLabel(getTranslation("monev.field." + name));
            area.setMaxLength(MonevReport.TEXT_MAX);
        }
        responsibleUnit.setLabel(getTranslation("monev.field.responsibleUnit"));
        responsibleUnit.setMaxLength(MonevReport.NAME_MAX);
        personInCharge.setLabel(getTranslation("monev.field.personInCharge"));
        personInCharge.setMaxLength(MonevReport.NAME_MAX);
        recommendation.setLabel(getTranslation("monev.field.recommendation"));
        recommendation.setHelperText(getTranslation("monev.recommendation.helper"));
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(value -> getTranslation("monev.recommendation." + value.name()));
        recommendation.setClearButtonVisible(true);
        binder.forField(periodTo)
                .withValidator(new EntityRules<>(() -> {
                            MonevReport draft = new MonevReport(null, periodFrom.getValue(), periodTo.getValue());
                            draft.setActivities("-");
                            return draft;
                        })
                        .at("periodTo"))
                .bind("periodTo");
        binder.bindInstanceFields(this);
        binder.readBean(report);
        FormLayout form = new FormLayout(
                periodFrom,
                periodTo,
                activities,
                outputs,
                outcomes,
                obstacles,
                followUp,
                responsibleUnit,
                personInCharge,
                recommendation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (TextArea area : new TextArea[] {activities, outputs, outcomes, obstacles, followUp}) {
            form.setColspan(area, 2);
        }
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            if (!binder.writeBeanIfValid(report)) {
                return;
            }
            try {
                MonevReport saved = monev.save(report);
                close();
                onSaved.accept(saved);
            } catch (ConstraintViolationException e) {
                e.getConstraintViolations()
                        .forEach(violation -> binder.getBinding(
                                        violation.getPropertyPath().toString())
                                .map(Binder.Binding::getField)
                                .filter(HasValidation.class::isInstance)
                                .map(HasValidation.class::cast)
                                .ifPresent(field -> {
                                    field.setErrorMessage(EntityRules.message(violation, getLocale()));
                                    field.setInvalid(true);
                                }));
            } catch (StaleRecordException e) {
                close();
                RecordMessages.stale(() -> onSaved.accept(report));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), event -> close()), save);
        setWidth("44rem");
    }

    private TextArea area(String name) {
        return switch (name) {
            case "activities" -> activities;
            case "outputs" -> outputs;
            case "outcomes" -> outcomes;
            case "obstacles" -> obstacles;
            default -> followUp;
        };
    }
}
