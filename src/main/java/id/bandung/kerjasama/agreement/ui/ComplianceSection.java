package id.bandung.kerjasama.agreement.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import id.bandung.kerjasama.agreement.ComplianceCheck;
import id.bandung.kerjasama.agreement.ComplianceService;
import id.bandung.kerjasama.agreement.ComplianceWarning;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.base.ui.EntityRules;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Notifications;
import jakarta.validation.ConstraintViolationException;
import java.util.List;

/**
 * The compliance checks a saved agreement trips, each with its legal basis: a warning, never a block. Staff accept
 * one with a reason (kept, shown and audited; the list's warning filter then leaves the agreement out) or withdraw
 * an acceptance.
 */
class ComplianceSection extends Composite<Div> {

    final Div warnings = new Div();
    private final ComplianceService compliance;
    private final long agreementId;
    private final boolean editable;

    ComplianceSection(ComplianceService compliance, long agreementId, boolean editable) {
        this.compliance = compliance;
        this.agreementId = agreementId;
        this.editable = editable;
        getContent().addClassName("compliance-section");
        H3 title = new H3(getTranslation("agreement.section.compliance"));
        title.addClassName("form-section-title");
        warnings.addClassName("compliance-warnings");
        getContent().add(title, warnings);
        show();
    }

    private void show() {
        warnings.removeAll();
        List<ComplianceWarning> found = compliance.warnings(agreementId);
        if (found.isEmpty()) {
            Icon ok = VaadinIcon.CHECK_CIRCLE.create();
            ok.addClassName("compliance-ok-icon");
            Div none = new Div(ok, new Span(getTranslation("compliance.none")));
            none.addClassName("compliance-none");
            warnings.add(none);
            return;
        }
        found.forEach(warning -> warnings.add(card(warning)));
    }

    private Div card(ComplianceWarning warning) {
        ComplianceCheck check = warning.check();
        Icon icon = (warning.acknowledged() ? VaadinIcon.CHECK : VaadinIcon.WARNING).create();
        icon.addClassName("compliance-icon");
        Span title = new Span(getTranslation("compliance." + check.name()));
        title.addClassName("compliance-title");
        Span basis =
                new Span(getTranslation("compliance.basis", getTranslation("compliance." + check.name() + ".basis")));
        basis.addClassName("compliance-basis");
        Div text = new Div(title, basis);
        text.addClassName("compliance-text");
        Div card = new Div(icon, text);
        card.addClassNames("compliance-warning", warning.acknowledged() ? "acknowledged" : "open");
        card.getElement().setAttribute("data-check", check.name());
        if (warning.acknowledged()) {
            Span accepted = new Span(getTranslation(
                    "compliance.accepted",
                    warning.acknowledgedBy(),
                    Formats.date(
                            warning.acknowledgedAt().atZone(id.bandung.kerjasama.base.domain.ClockConfig.BANDUNG),
                            getLocale()),
                    warning.reason()));
            accepted.addClassName("compliance-accepted");
            text.add(accepted);
        }
        if (editable) {
            Button action = warning.acknowledged()
                    ? new Button(getTranslation("compliance.withdraw"), event -> withdraw(check))
                    : new Button(getTranslation("compliance.acknowledge"), event -> acknowledge(check));
            action.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            action.addClassName("compliance-action");
            text.add(action);
        }
        return card;
    }

    void acknowledge(ComplianceCheck check) {
        Dialog dialog = new Dialog();
        dialog.addClassName("acknowledge-dialog");
        dialog.setHeaderTitle(getTranslation("compliance.acknowledge.title"));
        Span what = new Span(getTranslation("compliance." + check.name()));
        TextArea reason = new TextArea(getTranslation("compliance.reason"));
        reason.setHelperText(getTranslation("compliance.reason.helper"));
        reason.setMaxLength(ComplianceService.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Div body = new Div(what, reason);
        body.addClassName("acknowledge-body");
        dialog.add(body);
        Button save = new Button(getTranslation("compliance.acknowledge.save"), event -> {
            try {
                compliance.acknowledge(agreementId, check, reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("compliance.acknowledged"));
                show();
            } catch (ConstraintViolationException e) {
                reason.setErrorMessage(e.getConstraintViolations().stream()
                        .map(violation -> EntityRules.message(violation, getLocale()))
                        .findFirst()
                        .orElse(""));
                reason.setInvalid(true);
            } catch (RuleViolationException e) {
                reason.setErrorMessage(getTranslation(e.messageKey()));
                reason.setInvalid(true);
            } catch (StaleRecordException e) {
                dialog.close();
                Notifications.error(getTranslation("record.not-found"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), save);
        dialog.setWidth("30rem");
        dialog.open();
        reason.focus();
    }

    private void withdraw(ComplianceCheck check) {
        try {
            compliance.withdraw(agreementId, check);
            Notifications.success(getTranslation("compliance.withdrawn"));
        } catch (StaleRecordException e) {
            Notifications.error(getTranslation("record.not-found"));
        }
        show();
    }
}
