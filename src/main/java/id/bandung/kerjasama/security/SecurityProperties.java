package id.bandung.kerjasama.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param freeFailures      failed sign-ins for one typed username (or from one address) before tries are slowed
 * @param usernameDelayCap  the longest wait a typed username's failures add to its next try
 * @param addressDelayCap   the longest wait a client address's failures add to its next try
 * @param throttleWindow    failures older than this are forgotten
 * @param sessionCheck      how often each node compares its open sessions with their accounts
 * @param adminUsername     the first administrator, created when no account exists (APP_ADMIN_USERNAME)
 * @param adminPassword     that administrator's password (APP_ADMIN_PASSWORD)
 */
@ConfigurationProperties("app.security")
public record SecurityProperties(
        @DefaultValue("3") int freeFailures,
        @DefaultValue("10s") Duration usernameDelayCap,
        @DefaultValue("20s") Duration addressDelayCap,
        @DefaultValue("15m") Duration throttleWindow,
        @DefaultValue("2s") Duration sessionCheck,
        String adminUsername,
        String adminPassword) {

    public static final int ADMIN_PASSWORD_MIN = PasswordRule.MIN_CHARACTERS;
}
