package id.bandung.kerjasama.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.bandung.kerjasama.base.ui.LanguageSelect;
import id.bandung.kerjasama.security.CurrentUser;

/**
 * The sign-in page, in the chosen language (Indonesian by default). A refused sign-in always reads the same, whether
 * the name is unknown, the password wrong or the account disabled, so that the page tells nobody which accounts exist.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;
    private LoginI18n texts;

    LoginView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        texts = i18n();
        form.setI18n(texts);

        Div mark = new Div(new Span("KS"));
        mark.addClassName("brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        H1 title = new H1(getTranslation("app.name"));
        Paragraph owner = new Paragraph(getTranslation("app.owner"));
        Paragraph purpose = new Paragraph(getTranslation("login.purpose"));
        purpose.addClassName("login-purpose");
        Div brand = new Div(mark, title, owner, purpose);
        brand.addClassName("login-brand");

        Div card = new Div(form, new LanguageSelect());
        card.addClassName("login-card");
        add(brand, card);
    }

    /** The texts the form shows now (LoginForm keeps its own getter private). */
    LoginI18n texts() {
        return texts;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            // Someone already signed in (a second tab, the back button, or Vaadin's page reload racing the sign-in
            // redirect, flow#12640) belongs on the dashboard, not on a blank sign-in form.
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
