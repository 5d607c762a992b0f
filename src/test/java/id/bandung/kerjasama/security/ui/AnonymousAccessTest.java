package id.bandung.kerjasama.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import id.bandung.kerjasama.presentation.ui.DisplayView;
import id.bandung.kerjasama.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Someone who has not signed in reaches the sign-in page and nothing else. */
class AnonymousAccessTest extends KaribuTest {

    @Test
    void every_route_but_the_sign_in_page_leads_anonymous_users_to_sign_in() {
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes).hasSize(15); // RouteAccessMatrixTest names each
        for (RouteData route : routes) {
            if (route.getNavigationTarget() == LoginView.class || route.getNavigationTarget() == DisplayView.class) {
                continue; // the display view checks its own token: DisplayViewTest covers it
            }
            String path = route.getTemplate();
            navigate(path);
            HasElement shown =
                    UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
            assertThat(shown).as("anonymous visit to '%s'", path).isInstanceOf(LoginView.class);
        }
    }
}
