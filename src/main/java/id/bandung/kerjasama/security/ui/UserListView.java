package id.bandung.kerjasama.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.Topic;
import id.bandung.kerjasama.security.AccountRuleException;
import id.bandung.kerjasama.security.CurrentUser;
import id.bandung.kerjasama.security.PasswordRule;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.security.SignedInUser;
import id.bandung.kerjasama.security.UserAccount;
import id.bandung.kerjasama.security.UserAccountQueries;
import id.bandung.kerjasama.security.UserAccountRow;
import id.bandung.kerjasama.security.UserAccountService;
import id.bandung.kerjasama.security.UsernameTakenException;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;

/**
 * Administrators create accounts, change roles, reset passwords, stop or restore sign-in, and clear the delay that
 * failed sign-ins put on an account. Each act is audited; those that change what a person may do end that person's
 * open sessions.
 */
@Route("users")
@Menu(order = 90, icon = "vaadin:users", title = "users.menu")
@RolesAllowed(Roles.ADMIN)
public class UserListView extends Main implements HasDynamicTitle {

    final Grid<UserAccountRow> grid = new Grid<>();
    private final UserAccountService accounts;
    private final CurrentUser currentUser;

    UserListView(UserAccountQueries rows, UserAccountService accounts, CurrentUser currentUser, LiveUpdates live) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassNames("list-view", "user-list-view");

        Paragraph intro = new Paragraph(getTranslation("users.intro"));
        intro.addClassName("view-intro");
        Button add = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), event -> openNewAccount());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-account");
        Div toolbar = new Div(intro, add);
        toolbar.addClassName("view-toolbar");

        grid.addColumn(UserAccountRow::username)
                .setKey("username")
                .setSortProperty("username")
                .setHeader(getTranslation("users.username"))
                .setAutoWidth(true);
        grid.addColumn(UserAccountRow::displayName)
                .setKey("displayName")
                .setSortProperty("displayName")
                .setHeader(getTranslation("users.display-name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(account -> getTranslation("role." + account.role().name()))
                .setKey("role")
                .setSortProperty("role")
                .setHeader(getTranslation("users.role"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status)
                .setKey("status")
                .setHeader(getTranslation("users.status"))
                .setAutoWidth(true);
        grid.addColumn(account -> Formats.dateTime(account.createdAt(), getLocale()))
                .setKey("createdAt")
                .setSortProperty("createdAt")
                .setHeader(getTranslation("users.created"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("users.actions"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Each page comes with the failed sign-ins counting against its accounts, in one query.
        grid.setItems(query -> rows.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("users.empty"));

        add(toolbar, grid);
        // Changes saved elsewhere show at once; the filters, the scroll position and an open editor stay.
        live.follow(this, () -> grid.getDataProvider().refreshAll(), EnumSet.of(Topic.ACCOUNTS));
    }

    private Component status(UserAccountRow account) {
        Span badge = new Span();
        if (!account.enabled()) {
            badge.setText(getTranslation("users.status.disabled"));
            badge.getElement().getThemeList().add("badge error");
        } else if (account.slowedBySignInFailures()) {
            badge.setText(getTranslation("users.status.failures", account.failedSignIns()));
            badge.getElement().getThemeList().add("badge contrast");
        } else {
            badge.setText(getTranslation("users.status.active"));
            badge.getElement().getThemeList().add("badge success");
        }
        return badge;
    }

    private Component actions(UserAccountRow account) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        String username = account.username();
        if (account.slowedBySignInFailures()) {
            actions.add(action(
                    VaadinIcon.UNLOCK,
                    getTranslation("users.unlock"),
                    () -> run(
                            () -> accounts.clearSignInDelay(account.id()),
                            getTranslation("users.unlocked", username))));
        }
        actions.add(action(VaadinIcon.USER_CARD, getTranslation("users.change-role"), () -> openChangeRole(account)));
        actions.add(action(VaadinIcon.KEY, getTranslation("users.reset-password"), () -> openResetPassword(account)));
        String me = currentUser.get().map(SignedInUser::getUsername).orElse("");
        if (!me.equals(username)) {
            boolean enabled = account.enabled();
            actions.add(action(
                    enabled ? VaadinIcon.BAN : VaadinIcon.CHECK_CIRCLE,
                    getTranslation(enabled ? "users.disable" : "users.enable"),
                    () -> run(
                            () -> accounts.setEnabled(account.id(), !enabled, me),
                            getTranslation(enabled ? "users.disabled" : "users.enabled", username))));
        }
        return actions;
    }

    /** An icon button with its label as tooltip and accessible name, to keep the column narrow. */
    private static Button action(VaadinIcon icon, String label, Runnable onClick) {
        Button button = new Button(icon.create(), event -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void openNewAccount() {
        AccountDialog dialog = new AccountDialog();
        dialog.addSaveListener(event -> {
            AccountDraft draft = event.draft();
            try {
                accounts.create(draft.getUsername(), draft.getDisplayName(), draft.getRole(), draft.getPassword());
                dialog.close();
                grid.getDataProvider().refreshAll();
                notify(getTranslation("users.created-message", draft.getUsername()), NotificationVariant.LUMO_SUCCESS);
            } catch (UsernameTakenException e) {
                dialog.usernameTaken();
            } catch (AccountRuleException e) {
                dialog.password.setInvalid(true);
                dialog.password.setErrorMessage(
                        getTranslation(e.getMessageKey(), PasswordRule.MIN_CHARACTERS, PasswordRule.MAX_BYTES));
            }
        });
        dialog.open();
    }

    private void openResetPassword(UserAccountRow account) {
        PasswordField password = new PasswordField(getTranslation("users.new-password"));
        password.setHelperText(getTranslation("users.password.helper"));
        password.setMaxLength(AccountDraft.PASSWORD_MAX);
        password.setWidthFull();
        Dialog dialog = new Dialog(getTranslation("users.reset-password.title", account.username()));
        dialog.add(password);
        Button confirm = new Button(getTranslation("users.reset-password"), event -> {
            try {
                accounts.resetPassword(account.id(), password.getValue());
            } catch (AccountRuleException e) {
                password.setInvalid(true);
                password.setErrorMessage(
                        getTranslation(e.getMessageKey(), PasswordRule.MIN_CHARACTERS, PasswordRule.MAX_BYTES));
                return;
            }
            notify(getTranslation("users.password-reset", account.username()), NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
            dialog.close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), confirm);
        dialog.open();
        password.focus();
    }

    /** The dialog starts from the account as it is now, loaded through the service. */
    private void openChangeRole(UserAccountRow row) {
        UserAccount account = accounts.find(row.username()).orElse(null);
        if (account == null) {
            notify(getTranslation("users.error.not-found"), NotificationVariant.LUMO_ERROR);
            grid.getDataProvider().refreshAll();
            return;
        }
        Select<Roles.Role> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(Roles.Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        role.setValue(account.getRole());
        role.setHelperText(getTranslation("users.change-role.helper"));
        role.setWidthFull();
        Dialog dialog = new Dialog(getTranslation("users.change-role.title", account.getUsername()));
        dialog.add(role);
        Button confirm = new Button(getTranslation("users.change-role"), event -> {
            run(
                    () -> accounts.changeRole(account.getId(), role.getValue()),
                    getTranslation(
                            "users.role-changed",
                            account.getUsername(),
                            getTranslation("role." + role.getValue().name())));
            dialog.close();
        });
        confirm.setId("confirm-role");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), confirm);
        dialog.open();
        role.focus();
    }

    private void run(Runnable change, String successMessage) {
        try {
            change.run();
            notify(successMessage, NotificationVariant.LUMO_SUCCESS);
        } catch (AccountRuleException e) {
            notify(getTranslation(e.getMessageKey()), NotificationVariant.LUMO_ERROR);
        }
        grid.getDataProvider().refreshAll();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
