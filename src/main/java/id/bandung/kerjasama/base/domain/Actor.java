package id.bandung.kerjasama.base.domain;

import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who acts now, by one rule for the audit log, the created/updated stamps and uploads; and acting as someone else. */
public final class Actor {

    /** The name of start-up and background work, and of anyone not signed in. */
    public static final String SYSTEM = "system";

    private Actor() {}

    /** The signed-in user's name, or {@link #SYSTEM} when nobody (or only an anonymous visitor) is signed in. */
    public static String currentName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? authentication.getName() : SYSTEM;
    }

    /** Runs {@code work} in this thread as {@code authentication}, then puts back whoever acted before. */
    public static <T> T callAs(Authentication authentication, Supplier<T> work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        return callIn(context, work);
    }

    /** Runs {@code work} in this thread with {@code context} (for example one captured from a session). */
    public static <T> T callIn(SecurityContext context, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
