package id.bandung.kerjasama.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who is signed in to this UI, for views: their name and role, and signing out. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<SignedInUser> get() {
        return authentication.getAuthenticatedUser(SignedInUser.class);
    }

    /** Whether the signed-in user may change records (STAFF and ADMIN); views hide edit controls otherwise. */
    public boolean canEdit() {
        return get().map(user -> user.getRole().canEdit()).orElse(false);
    }

    public boolean isAdmin() {
        return get().map(user -> user.getRole() == Roles.Role.ADMIN).orElse(false);
    }

    public void signOut() {
        authentication.logout();
    }
}
