package id.bandung.kerjasama.security;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without ever locking anyone out. Each failed sign-in counts against the typed username
 * and against the client address (one upsert each, so concurrent failures never lose a count); once a key has more
 * than a few recent failures, the next try waits until its last failure plus a delay that doubles with every further
 * failure, up to a cap. The real user, trying while someone floods their name, waits at most the cap and then signs
 * in: nothing is refused without the password being checked. Keys are typed text, not accounts, so an unknown name is
 * slowed exactly like a real one.
 */
@Component
class SignInThrottle {

    static final int KEY_MAX = 200;
    /** What a typed username's key starts with; the rest is the normalised username. */
    static final String USERNAME_KEY_PREFIX = "u:";

    private final JdbcTemplate jdbc;
    private final SecurityProperties properties;

    SignInThrottle(JdbcTemplate jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** How long a try for this username from this address (null when unknown) must wait before it is checked. */
    Duration delayFor(String username, String address) {
        Duration wait = remaining(usernameKey(username), properties.usernameDelayCap());
        if (address != null) {
            Duration forAddress = remaining(addressKey(address), properties.addressDelayCap());
            wait = forAddress.compareTo(wait) > 0 ? forAddress : wait;
        }
        return wait;
    }

    void recordFailure(String username, String address) {
        increment(usernameKey(username));
        if (address != null) {
            increment(addressKey(address));
        }
    }

    /** A correct password forgets the username's failures (not the address's: one good account does not excuse it). */
    void recordSuccess(String username) {
        clear(username);
        jdbc.update(
                "delete from sign_in_throttle where last_failure_at < now() - ?::interval",
                properties.throttleWindow().toSeconds() + " seconds");
    }

    void clear(String username) {
        jdbc.update("delete from sign_in_throttle where throttle_key = ?", usernameKey(username));
    }

    /** The failures still counting against a typed username. */
    int failures(String username) {
        return failures(List.of(username)).getOrDefault(UserAccountService.normalise(username), 0);
    }

    /** The failures still counting against each of these usernames that has any, in one query. */
    Map<String, Integer> failures(Collection<String> usernames) {
        Map<String, String> byKey = new HashMap<>();
        usernames.forEach(name -> byKey.put(usernameKey(name), UserAccountService.normalise(name)));
        Map<String, Integer> failures = new HashMap<>();
        if (byKey.isEmpty()) {
            return failures;
        }
        jdbc.query(
                "select throttle_key, failures from sign_in_throttle where throttle_key = any(?) "
                        + "and last_failure_at > now() - ?::interval",
                rs -> {
                    failures.put(byKey.get(rs.getString(1)), rs.getInt(2));
                },
                byKey.keySet().toArray(String[]::new),
                window());
        return failures;
    }

    private void increment(String key) {
        jdbc.update("""
                insert into sign_in_throttle (throttle_key, failures, last_failure_at) values (?, 1, now())
                on conflict (throttle_key) do update set
                    failures = case when sign_in_throttle.last_failure_at < now() - ?::interval then 1
                                    else sign_in_throttle.failures + 1 end,
                    last_failure_at = now()""", key, window());
    }

    /** The rest of the wait a key's failures impose now: last failure + 2^(failures - free) s, capped. */
    private Duration remaining(String key, Duration cap) {
        Long millis = jdbc.query(
                """
                select greatest(0, extract(epoch from (last_failure_at
                        + least(power(2, least(failures - ?, 16)) * interval '1 second', ?::interval)
                        - now())) * 1000)::bigint
                from sign_in_throttle
                where throttle_key = ? and failures > ? and last_failure_at > now() - ?::interval""",
                rs -> rs.next() ? rs.getLong(1) : 0L,
                properties.freeFailures() + 1,
                cap.toMillis() + " milliseconds",
                key,
                properties.freeFailures(),
                window());
        return Duration.ofMillis(millis == null ? 0 : millis);
    }

    private String window() {
        return properties.throttleWindow().toSeconds() + " seconds";
    }

    static String usernameKey(String username) {
        return truncate(USERNAME_KEY_PREFIX + UserAccountService.normalise(username));
    }

    private static String addressKey(String address) {
        return truncate("a:" + address.toLowerCase(Locale.ROOT));
    }

    private static String truncate(String key) {
        String clean = key.replace('\0', '?');
        return clean.length() > KEY_MAX ? clean.substring(0, KEY_MAX) : clean;
    }
}
