package id.bandung.kerjasama.security;

import id.bandung.kerjasama.base.domain.Actor;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Runs start-up work (first accounts, the briefing facts) as the "system" user, so that it passes the same access
 * rules as a person would and its records are stamped "system".
 */
public final class SystemActor {

    public static final String NAME = Actor.SYSTEM;

    private SystemActor() {}

    public static <T> T call(Supplier<T> work) {
        return Actor.callAs(
                UsernamePasswordAuthenticationToken.authenticated(
                        NAME, null, AuthorityUtils.createAuthorityList("ROLE_" + Roles.ADMIN)),
                work);
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
