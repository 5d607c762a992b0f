package id.bandung.kerjasama.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import id.bandung.kerjasama.presentation.DisplayLinkService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.SignIn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every route the app registers, opened by every kind of visitor: nobody, the mayor's office, staff, an administrator,
 * and a wall screen that opened a display link. The routes come from Vaadin's registry, so a new route that is not in
 * {@link #EXPECTED} fails this test until someone decides who may open it.
 */
class RouteAccessMatrixTest extends KaribuTest {

    enum Visitor {
        ANONYMOUS,
        VIEWER,
        STAFF,
        ADMIN,
        DISPLAY
    }

    private static final Set<Visitor> SIGNED_IN = EnumSet.of(Visitor.VIEWER, Visitor.STAFF, Visitor.ADMIN);
    private static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);

    /** Route template → who sees that route's own view (everyone else is sent to sign in, or told it is not there). */
    private static final Map<String, Set<Visitor>> EXPECTED = Map.ofEntries(
            Map.entry("", SIGNED_IN),
            Map.entry("login", EnumSet.of(Visitor.ANONYMOUS, Visitor.DISPLAY)),
            Map.entry("partners/:id?", SIGNED_IN),
            Map.entry("agreements/:id?", SIGNED_IN),
            Map.entry("software/:id?", SIGNED_IN),
            Map.entry("adoptions/:id?", SIGNED_IN),
            Map.entry("presentation", SIGNED_IN),
            Map.entry("calendar", SIGNED_IN),
            Map.entry("report", SIGNED_IN),
            Map.entry("import", EnumSet.of(Visitor.STAFF, Visitor.ADMIN)),
            Map.entry("display/:token", EVERYONE),
            Map.entry("display-links", EnumSet.of(Visitor.ADMIN)),
            Map.entry("audit", EnumSet.of(Visitor.ADMIN)),
            Map.entry("backup", EnumSet.of(Visitor.ADMIN)),
            Map.entry("users", EnumSet.of(Visitor.ADMIN)));

    @Autowired
    DisplayLinkService links;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_route_opens_for_exactly_the_visitors_it_is_meant_for() {
        Map<String, Set<Visitor>> expected = EXPECTED;
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        assertThat(routes)
                .extracting(RouteData::getTemplate)
                .as("every registered route has its row in the matrix, and every row its route")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());

        String token =
                SignIn.as(Roles.ADMIN, () -> links.create("Layar matriks")).token();
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (RouteData route : routes) {
            for (String location : locations(route.getTemplate(), token)) {
                for (Visitor visitor : Visitor.values()) {
                    cells++;
                    boolean opened = opens(visitor, location, route.getNavigationTarget(), token);
                    if (opened != expected.get(route.getTemplate()).contains(visitor)) {
                        mismatches.add(visitor + " " + (opened ? "opened" : "was refused") + " /" + location);
                    }
                }
            }
        }
        System.out.printf("Route x visitor matrix: %d routes, %d cells%n", routes.size(), cells);
        assertThat(mismatches).isEmpty();
        // A record route is opened as its list, one record and a new record; every other route once.
        long recordRoutes = expected.keySet().stream()
                .filter(template -> template.endsWith("/:id?"))
                .count();
        assertThat(cells).isEqualTo((expected.size() + 2 * recordRoutes) * Visitor.values().length);
    }

    /** Addresses that fill a route's parameters: the list, a record, a new record; a display link's token. */
    private List<String> locations(String template, String token) {
        if (template.equals("display/:token")) {
            return List.of("display/" + token);
        }
        if (template.endsWith("/:id?")) {
            String base = template.substring(0, template.indexOf('/'));
            String table = Map.of(
                            "partners",
                            "partner",
                            "agreements",
                            "agreement",
                            "software",
                            "software",
                            "adoptions",
                            "adoption")
                    .get(base);
            Long id = jdbc.queryForObject("select coalesce(min(id), 1) from " + table, Long.class);
            return List.of(base, base + "/" + id, base + "/new");
        }
        assertThat(template)
                .as("a route with parameters this test does not know how to fill")
                .doesNotContain(":");
        return List.of(template);
    }

    private boolean opens(Visitor visitor, String location, Class<? extends Component> target, String token) {
        tearDownVaadin();
        setUpVaadin();
        switch (visitor) {
            case VIEWER -> signIn("pimpinan");
            case STAFF -> signIn("staf");
            case ADMIN -> signIn("admin");
            case DISPLAY -> navigate("display/" + token);
            case ANONYMOUS -> {}
        }
        try {
            navigate(location);
        } catch (RuntimeException refused) {
            return false; // Karibu rethrows the "not found" that Vaadin shows a signed-in user without access
        }
        List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return !chain.isEmpty() && target.isInstance(chain.get(0));
    }
}
