package id.bandung.kerjasama.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.support.IntegrationTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * Every public method of every service, called as every kind of caller. The methods come from the Spring context, so a
 * new service method is in the matrix at once. A caller the rule refuses calls the real proxy and must be stopped
 * before the method runs; a caller the rule lets in is checked against the same rule without running the method
 * (a write with made-up arguments would change the shared test database), except read-only methods, which run.
 */
@IntegrationTest
class ServiceAccessMatrixTest {

    enum Caller {
        ANONYMOUS,
        VIEWER,
        STAFF,
        ADMIN,
        DISPLAY
    }

    /** The access rules in use, and who each lets in. A rule not listed here fails the test. */
    private static final Map<String, Set<Caller>> RULES = Map.of(
            "permitAll()",
            EnumSet.allOf(Caller.class), // a display link's token is its own key
            Roles.ANY_SIGNED_IN,
            EnumSet.of(Caller.VIEWER, Caller.STAFF, Caller.ADMIN),
            Roles.STATISTICS,
            EnumSet.of(Caller.VIEWER, Caller.STAFF, Caller.ADMIN, Caller.DISPLAY),
            Roles.CAN_EDIT,
            EnumSet.of(Caller.STAFF, Caller.ADMIN),
            Roles.ADMIN_ONLY,
            EnumSet.of(Caller.ADMIN));

    /** Public methods without a rule, each for a reason. */
    private static final Set<String> WITHOUT_RULE =
            Set.of("UserAccountService.loadUserByUsername"); // Spring Security's contract, called before sign-in

    @Autowired
    ApplicationContext context;

    @Test
    void every_service_method_lets_in_exactly_the_callers_its_rule_names() throws Exception {
        List<String> mismatches = new ArrayList<>();
        int methods = 0;
        int cells = 0;
        List<Object> services = services();
        assertThat(services)
                .extracting(AopUtils::getTargetClass)
                .as("every @Service class of the app, each once")
                .containsExactlyInAnyOrderElementsOf(serviceClasses());
        for (Object service : services) {
            Class<?> type = AopUtils.getTargetClass(service);
            for (Method method : publicMethods(type)) {
                String name = type.getSimpleName() + "." + method.getName();
                PreAuthorize rule = method.isAnnotationPresent(PreAuthorize.class)
                        ? method.getAnnotation(PreAuthorize.class)
                        : type.getAnnotation(PreAuthorize.class);
                if (rule == null) {
                    if (!WITHOUT_RULE.contains(name)) {
                        mismatches.add(name + " has no access rule");
                    }
                    continue;
                }
                Set<Caller> allowed = RULES.get(rule.value());
                if (allowed == null) {
                    mismatches.add(name + " has a rule the matrix does not know: " + rule.value());
                    continue;
                }
                methods++;
                for (Caller caller : Caller.values()) {
                    cells++;
                    boolean admitted = allowed.contains(caller)
                            ? admitted(service, type, method, caller)
                            : !refusedBeforeRunning(service, type, method, caller);
                    if (admitted != allowed.contains(caller)) {
                        mismatches.add(caller + (admitted ? " got into " : " was kept out of ") + name);
                    }
                }
            }
        }
        System.out.printf("Service method x caller matrix: %d methods, %d cells%n", methods, cells);
        assertThat(mismatches).isEmpty();
        assertThat(cells).isEqualTo(methods * Caller.values().length);
        assertThat(methods)
                .as("every public method with a rule")
                .isEqualTo(services.stream()
                        .map(AopUtils::getTargetClass)
                        .flatMap(type -> publicMethods(type).stream()
                                .filter(method ->
                                        !WITHOUT_RULE.contains(type.getSimpleName() + "." + method.getName())))
                        .count());
    }

    private List<Object> services() {
        return context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).getPackageName().startsWith("id.bandung.kerjasama"))
                .sorted(Comparator.comparing(
                        bean -> AopUtils.getTargetClass(bean).getName()))
                .toList();
    }

    /** The app's service classes, found on the class path rather than in the context under test. */
    private static List<Class<?>> serviceClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        return scanner.findCandidateComponents("id.bandung.kerjasama").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(
                        definition.getBeanClassName(), ServiceAccessMatrixTest.class.getClassLoader()))
                .toList();
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers())
                        && !method.isSynthetic()
                        && !Modifier.isStatic(method.getModifiers()))
                .sorted(Comparator.comparing(Method::toString))
                .toList();
    }

    /** Calls the real proxy with empty arguments: the caller must be stopped before the method runs. */
    private boolean refusedBeforeRunning(Object service, Class<?> type, Method method, Caller caller) {
        Method proxied = proxiedMethod(service, method);
        return runAs(caller, () -> {
            try {
                proxied.invoke(service, emptyArguments(method));
                return false;
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                return cause instanceof AccessDeniedException
                        || cause instanceof AuthenticationCredentialsNotFoundException;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * Whether the rule lets the caller in: read-only methods run through the proxy with empty arguments (refused
     * only by the access rule, whatever else they do with the empty arguments); writes are checked against the rule.
     */
    private boolean admitted(Object service, Class<?> type, Method method, Caller caller) {
        Transactional transactional = method.isAnnotationPresent(Transactional.class)
                ? method.getAnnotation(Transactional.class)
                : type.getAnnotation(Transactional.class);
        if (transactional != null && transactional.readOnly()) {
            return !refusedBeforeRunning(service, type, method, caller);
        }
        var manager = new PreAuthorizeAuthorizationManager();
        var invocation = new SimpleMethodInvocation(service, method, emptyArguments(method));
        Authentication authentication = authentication(caller);
        return manager.authorize(() -> authentication, invocation).isGranted();
    }

    private static Method proxiedMethod(Object service, Method method) {
        try {
            return service.getClass().getMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object[] emptyArguments(Method method) {
        return Arrays.stream(method.getParameterTypes())
                .map(type -> {
                    if (type == boolean.class) {
                        return false;
                    }
                    if (type == int.class || type == long.class || type == short.class || type == byte.class) {
                        return type == long.class ? (Object) 0L : type == int.class ? (Object) 0 : (Object) (byte) 0;
                    }
                    if (type == double.class || type == float.class) {
                        return type == double.class ? (Object) 0d : (Object) 0f;
                    }
                    if (type == char.class) {
                        return ' ';
                    }
                    return null;
                })
                .toArray();
    }

    private static Authentication authentication(Caller caller) {
        if (caller == Caller.ANONYMOUS) {
            return null;
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                "matrix-" + caller.name().toLowerCase(),
                null,
                AuthorityUtils.createAuthorityList("ROLE_" + caller.name()));
    }

    private static <T> T runAs(Caller caller, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        Authentication authentication = authentication(caller);
        if (authentication != null) {
            context.setAuthentication(authentication);
        }
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
