package id.bandung.kerjasama.security.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import id.bandung.kerjasama.base.ui.LanguageSelect;
import id.bandung.kerjasama.base.ui.Languages;
import id.bandung.kerjasama.dashboard.ui.DashboardView;
import id.bandung.kerjasama.support.KaribuTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymous_users_are_sent_to_the_sign_in_page_from_every_other_route() {
        navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(LoginView.class);
    }

    @Test
    void a_signed_in_user_who_opens_the_sign_in_page_lands_on_the_dashboard() {
        signIn("pimpinan");
        navigate("login");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(DashboardView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEmpty();
    }

    @Test
    void the_sign_in_page_speaks_indonesian_by_default() {
        navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(_get(LoginView.class).texts().getForm().getTitle()).isEqualTo("Masuk");
        assertThat(_get(LoginView.class).texts().getForm().getUsername()).isEqualTo("Nama pengguna");
        assertThat(_get(LoginView.class).texts().getForm().getPassword()).isEqualTo("Kata sandi");
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void the_sign_in_page_speaks_english_when_chosen() {
        navigate("login");
        _setValue(_get(LanguageSelect.class), Languages.ENGLISH);
        assertThat(_get(LoginView.class).texts().getForm().getTitle()).isEqualTo("Sign in");
    }

    @Test
    void a_failed_sign_in_shows_an_error() {
        navigate("login?error");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).texts().getErrorMessage().getTitle())
                .isEqualTo("Nama pengguna atau kata sandi salah");
    }

    @Test
    void a_signed_in_user_reaches_the_home_view() {
        signIn("pimpinan");
        navigate("");
        assertThat(_get(DashboardView.class)).isNotNull();
    }
}
