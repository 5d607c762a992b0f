package id.bandung.kerjasama.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in session: the account's name, display name and role, without a database trip. */
public class SignedInUser extends User {

    private final String displayName;
    private final Roles.Role role;
    private final int sessionEpoch;

    SignedInUser(UserAccount account) {
        super(
                account.getUsername(),
                account.getPasswordHash(),
                List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name())));
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.sessionEpoch = account.getSessionEpoch();
    }

    /** The account's session epoch at sign-in; a session whose account has moved on is ended. */
    int getSessionEpoch() {
        return sessionEpoch;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Roles.Role getRole() {
        return role;
    }
}
