package id.bandung.kerjasama.security;

import java.time.Instant;

/** Published when too many failed sign-ins in a row lock an account. */
public record AccountLockedEvent(String username, Instant lockedUntil) {
}
