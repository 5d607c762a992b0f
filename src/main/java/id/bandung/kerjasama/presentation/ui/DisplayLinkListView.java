package id.bandung.kerjasama.presentation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.bandung.kerjasama.base.domain.ClockConfig;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.base.ui.DatePickers;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Notifications;
import id.bandung.kerjasama.live.LiveUpdates;
import id.bandung.kerjasama.live.Topic;
import id.bandung.kerjasama.presentation.DisplayLink;
import id.bandung.kerjasama.presentation.DisplayLinkQueries;
import id.bandung.kerjasama.presentation.DisplayLinkRow;
import id.bandung.kerjasama.presentation.DisplayLinkService;
import id.bandung.kerjasama.presentation.DisplayLinkService.CreatedLink;
import id.bandung.kerjasama.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Administrators make display links for wall screens and revoke them. A link is shown once, when it is made, and
 * opens until the last day chosen then (a year ahead unless changed; cleared: until revoked). The list says until
 * when each is valid, whether it has expired, and when it was last opened.
 */
@Route("display-links")
@Menu(order = 85, icon = "vaadin:desktop", title = "display-link.menu")
@RolesAllowed(Roles.ADMIN)
public class DisplayLinkListView extends Main implements HasDynamicTitle {

    /** The end date a new link is offered: a screen that is forgotten stops within a year. */
    static final Period DEFAULT_VALIDITY = Period.ofYears(1);

    final Grid<DisplayLinkRow> grid = new Grid<>();
    private final DisplayLinkService links;
    private final Clock clock;
    /** The address of the last link made, while its dialog is open; for tests. */
    String lastCreatedUrl;
    /** The fields of the last "new link" dialog; for tests. */
    NewLinkFields newLinkFields;

    DisplayLinkListView(DisplayLinkService links, DisplayLinkQueries rows, LiveUpdates live, Clock clock) {
        this.links = links;
        this.clock = clock;
        addClassNames("list-view", "display-link-view");

        Paragraph intro = new Paragraph(getTranslation("display-link.intro"));
        intro.addClassName("view-intro");
        Button add = new Button(getTranslation("display-link.new"), VaadinIcon.PLUS.create(), event -> openNew());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-display-link");
        Div toolbar = new Div(intro, add);
        toolbar.addClassName("view-toolbar");

        grid.addColumn(DisplayLinkRow::name)
                .setKey("name")
                .setSortProperty("name")
                .setHeader(getTranslation("display-link.name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addComponentColumn(this::status)
                .setKey("status")
                .setHeader(getTranslation("display-link.status"))
                .setAutoWidth(true);
        grid.addColumn(link -> link.validUntil() == null
                        ? getTranslation("display-link.no-end")
                        : Formats.date(link.validUntil(), getLocale()))
                .setKey("validUntil")
                .setSortProperty("expiresAt")
                .setHeader(getTranslation("display-link.valid-until"))
                .setAutoWidth(true);
        grid.addColumn(link -> getTranslation(
                        "display-link.made-by", Formats.dateTime(link.createdAt(), getLocale()), link.createdBy()))
                .setKey("createdAt")
                .setSortProperty("createdAt")
                .setHeader(getTranslation("display-link.created"))
                .setAutoWidth(true);
        grid.addColumn(link -> link.lastOpenedAt() == null
                        ? getTranslation("display-link.never")
                        : Formats.dateTime(link.lastOpenedAt(), getLocale()))
                .setKey("lastOpenedAt")
                .setSortProperty("lastOpenedAt")
                .setHeader(getTranslation("display-link.last-opened"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("users.actions"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> rows.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("display-link.empty"));

        add(toolbar, grid);
        live.follow(this, () -> grid.getDataProvider().refreshAll(), EnumSet.of(Topic.DISPLAY_LINKS));
    }

    private Component status(DisplayLinkRow link) {
        Span badge = new Span();
        if (link.isRevoked()) {
            badge.setText(getTranslation("display-link.revoked-on", Formats.date(link.revokedAt(), getLocale())));
            badge.getElement().getThemeList().add("badge error");
        } else if (link.isExpired(clock.instant())) {
            badge.setText(getTranslation("display-link.expired"));
            badge.getElement().getThemeList().add("badge contrast");
        } else {
            badge.setText(getTranslation("display-link.active"));
            badge.getElement().getThemeList().add("badge success");
        }
        return badge;
    }

    private Component actions(DisplayLinkRow link) {
        if (link.isRevoked() || link.isExpired(clock.instant())) {
            return new Span();
        }
        Button revoke = new Button(
                getTranslation("display-link.revoke"), VaadinIcon.BAN.create(), event -> confirmRevoke(link));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private void confirmRevoke(DisplayLinkRow link) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("display-link.revoke.title", link.name()));
        dialog.setText(getTranslation("display-link.revoke.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("display-link.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(event -> revoke(link));
        dialog.open();
    }

    void revoke(DisplayLinkRow link) {
        try {
            links.revoke(link.id());
            Notifications.success(getTranslation("display-link.revoked", link.name()));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
        grid.getDataProvider().refreshAll();
    }

    private void openNew() {
        TextField name = new TextField(getTranslation("display-link.name"));
        name.setHelperText(getTranslation("display-link.name.helper"));
        name.setMaxLength(DisplayLink.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.BANDUNG));
        DatePicker validUntil = DatePickers.create(getTranslation("display-link.valid-until"));
        validUntil.setId("display-link-valid-until");
        validUntil.setHelperText(getTranslation("display-link.valid-until.helper"));
        validUntil.setMin(today);
        validUntil.setValue(today.plus(DEFAULT_VALIDITY));
        validUntil.setI18n(validUntil
                .getI18n()
                .setBadInputErrorMessage(getTranslation("display-link.error.valid-until-invalid"))
                .setMinErrorMessage(getTranslation("display-link.error.valid-until-past")));
        Dialog dialog = new Dialog(getTranslation("display-link.new"));
        dialog.setWidth("36rem");
        dialog.add(name, validUntil);
        newLinkFields = new NewLinkFields(name, validUntil);
        Button cancel = new Button(getTranslation("action.cancel"), event -> dialog.close());
        Button create = new Button(getTranslation("display-link.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(event -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("validation.required"));
                name.focus();
                return;
            }
            if (validUntil.isInvalid()) {
                validUntil.focus();
                return;
            }
            CreatedLink created;
            try {
                created = links.create(name.getValue(), validUntil.getValue());
            } catch (RuleViolationException e) {
                var field = "validUntil".equals(e.field()) ? validUntil : name;
                field.setInvalid(true);
                field.setErrorMessage(getTranslation(e.messageKey()));
                field.focus();
                return;
            }
            grid.getDataProvider().refreshAll();
            dialog.removeAll();
            dialog.getFooter().removeAll();
            dialog.setHeaderTitle(
                    getTranslation("display-link.created-title", created.link().getName()));
            dialog.add(createdLink(created));
            Button done = new Button(getTranslation("display-link.done"), close -> dialog.close());
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(done);
        });
        dialog.getFooter().add(cancel, create);
        dialog.open();
        name.focus();
    }

    /** The link, to copy now: it is not shown again. */
    private Component createdLink(CreatedLink created) {
        String url = displayUrl(created.token());
        lastCreatedUrl = url;
        TextField address = new TextField(getTranslation("display-link.address"));
        address.setValue(url);
        address.setReadOnly(true);
        address.setWidthFull();
        address.addClassName("display-link-address");
        Button copy = new Button(getTranslation("display-link.copy"), VaadinIcon.COPY.create());
        copy.addClickListener(event -> {
            copy.getElement().executeJs("return navigator.clipboard.writeText($0)", url);
            Notifications.success(getTranslation("display-link.copied"));
        });
        Paragraph once = new Paragraph(getTranslation("display-link.once"));
        once.addClassName("display-link-once");
        Paragraph options = new Paragraph(getTranslation("display-link.options"));
        options.addClassName("display-link-options");
        Div content = new Div(address, copy, once, options);
        content.addClassName("display-link-created");
        return content;
    }

    /** The link's address as the admin's browser reached this server (behind a proxy: its forwarded host). */
    private static String displayUrl(String token) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/display/" + token;
        }
        HttpServletRequest http = request.getHttpServletRequest();
        String scheme = Optional.ofNullable(http.getHeader("X-Forwarded-Proto")).orElse(http.getScheme());
        String host = Optional.ofNullable(http.getHeader("X-Forwarded-Host"))
                .or(() -> Optional.ofNullable(http.getHeader("Host")))
                .orElse(http.getServerName() + ":" + http.getServerPort());
        return scheme + "://" + host + http.getContextPath() + "/display/" + token;
    }

    record NewLinkFields(TextField name, DatePicker validUntil) {}

    @Override
    public String getPageTitle() {
        return getTranslation("display-link.title");
    }
}
