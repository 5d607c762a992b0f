package id.bandung.kerjasama.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import id.bandung.kerjasama.base.ui.Binders;
import id.bandung.kerjasama.security.Roles;

/** The form for a new account. It raises a {@link SaveEvent}; the view does the saving. */
class AccountDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Roles.Role> role = new Select<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();
    private final BeanValidationBinder<AccountDraft> binder = Binders.forBean(AccountDraft.class);

    AccountDialog() {
        setHeaderTitle(getTranslation("users.new"));
        addClassName("account-dialog");
        username.setLabel(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.username.helper"));
        displayName.setLabel(getTranslation("users.display-name"));
        // No maxlength on the inputs: the browser would cut pasted text silently (counting UTF-16 units, even
        // inside an emoji); the constraints refuse it at the field instead, counting characters as stored.
        role.setLabel(getTranslation("users.role"));
        role.setItems(Roles.Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.helper"));
        password.setMaxLength(AccountDraft.PASSWORD_MAX);

        binder.bindInstanceFields(this);
        binder.readBean(new AccountDraft());

        FormLayout form = new FormLayout(username, displayName, role, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(event -> {
            AccountDraft draft = new AccountDraft();
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new SaveEvent(this, draft));
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                username.focus();
            }
        });
    }

    /** Shows a refusal from the service at the username field. */
    void usernameTaken() {
        username.setInvalid(true);
        username.setErrorMessage(getTranslation("users.error.username-taken"));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<AccountDialog> {
        private final AccountDraft draft;

        SaveEvent(AccountDialog source, AccountDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        AccountDraft draft() {
            return draft;
        }
    }
}
