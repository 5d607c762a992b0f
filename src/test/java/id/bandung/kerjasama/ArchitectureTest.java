package id.bandung.kerjasama;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The package and access rules of ARCHITECTURE.md section 2, checked on the compiled code. */
@AnalyzeClasses(packages = "id.bandung.kerjasama", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule every_route_has_an_access_annotation = classes()
            .that()
            .areAnnotatedWith(Route.class)
            .should()
            .beAnnotatedWith(PermitAll.class)
            .orShould()
            .beAnnotatedWith(RolesAllowed.class)
            .orShould()
            .beAnnotatedWith(AnonymousAllowed.class)
            .orShould()
            .beAnnotatedWith(DenyAll.class);

    /**
     * Besides the sign-in page, only error pages, which must show even where access was denied, and the display
     * screen, which checks its link's token itself.
     */
    @ArchTest
    static final ArchRule only_the_login_view_error_pages_and_display_screens_are_open_to_anonymous_users = classes()
            .that()
            .areAnnotatedWith(AnonymousAllowed.class)
            .should()
            .haveSimpleName("LoginView")
            .orShould()
            .haveSimpleName("DisplayView")
            .orShould()
            .implement(HasErrorParameter.class);

    @ArchTest
    static final ArchRule every_public_service_method_has_an_access_rule = methods()
            .that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Service.class)
            .and()
            .arePublic()
            .and()
            .doNotHaveName("loadUserByUsername") // Spring Security calls it before anyone is signed in
            .should()
            .beAnnotatedWith(PreAuthorize.class)
            .orShould()
            .beDeclaredInClassesThat()
            .areAnnotatedWith(PreAuthorize.class);

    @ArchTest
    static final ArchRule repositories_are_package_private =
            classes().that().areAssignableTo(Repository.class).should().notHaveModifier(JavaModifier.PUBLIC);

    @ArchTest
    static final ArchRule views_talk_to_services_not_to_the_database = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .orShould()
            .dependOnClassesThat()
            .haveNameMatching(".*Jdbc(Template|Client)");

    @ArchTest
    static final ArchRule the_base_does_not_depend_on_features = noClasses()
            .that()
            .resideInAPackage("id.bandung.kerjasama.base.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "id.bandung.kerjasama.partner..",
                    "id.bandung.kerjasama.agreement..",
                    "id.bandung.kerjasama.software..",
                    "id.bandung.kerjasama.dashboard..",
                    "id.bandung.kerjasama.security..",
                    "id.bandung.kerjasama.audit..",
                    "id.bandung.kerjasama.seed..");

    @ArchTest
    static final ArchRule features_do_not_reach_into_other_features_views = noClasses()
            .that()
            .resideOutsideOfPackage("..ui..")
            .and()
            .doNotHaveSimpleName("SecurityConfig") // names the login view, as Vaadin's configurer asks
            .should()
            .dependOnClassesThat()
            .resideInAPackage("id.bandung.kerjasama..ui..");

    /** The shell (base.ui) shows the signed-in user; apart from that the features form no cycle. */
    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices().matching("id.bandung.kerjasama.(*)..")
            .should()
            .beFreeOfCycles()
            .ignoreDependency(
                    resideInAPackage("id.bandung.kerjasama.base.ui.."),
                    resideInAPackage("id.bandung.kerjasama.security.."));
}
