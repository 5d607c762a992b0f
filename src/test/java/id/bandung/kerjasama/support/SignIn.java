package id.bandung.kerjasama.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service calls as a user with a role, the way a signed-in session would. */
public final class SignIn {

    private SignIn() {}

    /** As a user named {@code test-<role>}. */
    public static <T> T as(String role, Supplier<T> work) {
        return as("test-" + role.toLowerCase(), role, work);
    }

    /** As a user of this name, for a test that looks for what this user, and no other test, did. */
    public static <T> T as(String username, String role, Supplier<T> work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String username, String role, Runnable work) {
        as(username, role, () -> {
            work.run();
            return null;
        });
    }

    public static void as(String role, Runnable work) {
        as(role, () -> {
            work.run();
            return null;
        });
    }
}
