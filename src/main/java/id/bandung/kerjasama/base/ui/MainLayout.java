package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import id.bandung.kerjasama.base.domain.DatabaseStatus;
import id.bandung.kerjasama.security.CurrentUser;
import id.bandung.kerjasama.security.SignedInUser;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The app shell: the app's name, the current view's title, the signed-in user and role, the language and colour
 * scheme switches, sign-out, and a side navigation of the views this user may open (from {@code @Menu}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final Div sampleBanner = new Div();
    final Div databaseBanner = new Div();
    private final SampleDataStatus sampleData;

    MainLayout(
            CurrentUser currentUser,
            SampleDataStatus sampleData,
            DatabaseStatus database,
            ObjectProvider<ShellTool> shellTools) {
        this.sampleData = sampleData;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        viewTitle.addClassName("view-title");
        addToNavbar(true, toggle, viewTitle, tools(currentUser, shellTools));

        LightText.set(sampleBanner, getTranslation("sample.banner"));
        sampleBanner.addClassName("sample-banner");
        sampleBanner.getElement().setAttribute("role", "status");
        sampleBanner.setVisible(false);
        addToNavbar(false, sampleBanner);

        // One calm line while the database cannot be reached, on every open screen; it goes when the database is back.
        LightText.set(databaseBanner, getTranslation("database.unavailable"));
        databaseBanner.addClassName("database-banner");
        databaseBanner.getElement().setAttribute("role", "alert");
        databaseBanner.setVisible(!database.isAvailable());
        addToNavbar(false, databaseBanner);
        addAttachListener(attach -> {
            UI ui = attach.getUI();
            databaseBanner.setVisible(!database.isAvailable());
            Runnable following = database.onChange(available -> ui.access(() -> databaseBanner.setVisible(!available)));
            addDetachListener(detach -> {
                following.run();
                detach.unregisterListener();
            });
        });

        Scroller navigation = new Scroller(navigation());
        navigation.addClassName("drawer-scroller");
        addToDrawer(brand(), navigation, footer());
    }

    /** Markup rather than components, as are the footer and the user's name and role: see {@link LightText}. */
    private Component brand() {
        Header brand = new Header();
        brand.addClassName("brand");
        LightText.markup(
                brand,
                "<div class=\"brand-mark\" aria-hidden=\"true\"><span>KS</span></div>"
                        + "<div class=\"brand-text\">" + LightText.span("", getTranslation("app.name"))
                        + LightText.span("", getTranslation("app.owner")) + "</div>");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.navigation"));
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private Component footer() {
        Footer footer = LightText.markup(new Footer(), LightText.span("", getTranslation("shell.footer")));
        footer.addClassName("drawer-footer");
        return footer;
    }

    private Component tools(CurrentUser currentUser, ObjectProvider<ShellTool> shellTools) {
        Div tools = new Div();
        shellTools.orderedStream().forEach(tool -> tool.create().ifPresent(tools::add));
        tools.add(new LanguageSelect(), colorSchemeButton());
        tools.addClassName("shell-tools");
        currentUser.get().ifPresent(user -> tools.add(userBadge(user), signOutButton(currentUser)));
        return tools;
    }

    private Button colorSchemeButton() {
        Button button = new Button(new Icon(VaadinIcon.ADJUST), event -> ColorScheme.toggle(UI.getCurrent()));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation("shell.color-scheme"));
        button.setTooltipText(getTranslation("shell.color-scheme"));
        button.addClassName("color-scheme-button");
        return button;
    }

    private Component userBadge(SignedInUser user) {
        Avatar avatar = new Avatar(user.getDisplayName());
        avatar.setAbbreviation(initials(user.getDisplayName()));
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        Div nameAndRole = new Div();
        nameAndRole.addClassName("user-text");
        LightText.markup(
                nameAndRole,
                LightText.span("user-name", user.getDisplayName())
                        + "<span class=\"user-role\" theme=\"badge contrast small\">"
                        + LightText.escape(
                                getTranslation("role." + user.getRole().name())) + "</span>");
        Div badge = new Div(avatar, nameAndRole);
        badge.addClassName("user-badge");
        return badge;
    }

    /** "Staf Bagian Kerja Sama" gives "SB"; words in brackets are left out. */
    static String initials(String name) {
        String[] words = name.replaceAll("\\(.*?\\)", " ").trim().split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < Math.min(2, words.length); i++) {
            if (!words[i].isEmpty()) {
                initials.appendCodePoint(Character.toUpperCase(words[i].codePointAt(0)));
            }
        }
        return initials.toString();
    }

    private Button signOutButton(CurrentUser currentUser) {
        Button signOut = new Button(
                getTranslation("shell.sign-out"), new Icon(VaadinIcon.SIGN_OUT), event -> currentUser.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        return signOut;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        LightText.set(viewTitle, getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        sampleBanner.setVisible(sampleData.present());
    }
}
