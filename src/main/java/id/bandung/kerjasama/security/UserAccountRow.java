package id.bandung.kerjasama.security;

import java.time.Instant;

/**
 * An account as the user list shows it; never its password hash.
 *
 * @param failedSignIns the recent failed sign-ins that slow the account's next try, 0 when none count
 */
public record UserAccountRow(
        long id,
        String username,
        String displayName,
        Roles.Role role,
        boolean enabled,
        Instant createdAt,
        int failedSignIns) {

    /** Whether recent failed sign-ins slow the account's next try (the administrator may clear them). */
    public boolean slowedBySignInFailures() {
        return failedSignIns > 0;
    }
}
