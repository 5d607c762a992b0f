package id.bandung.kerjasama.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Sign-in settings.
 *
 * @param maxFailedSignIns failed sign-ins in a row that lock an account
 * @param lockDuration     how long such a lock lasts
 * @param adminUsername    the first administrator, created when no account exists (APP_ADMIN_USERNAME)
 * @param adminPassword    that administrator's password (APP_ADMIN_PASSWORD)
 */
@ConfigurationProperties("app.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedSignIns,
                                 @DefaultValue("5m") Duration lockDuration,
                                 String adminUsername,
                                 String adminPassword) {

    public static final int ADMIN_PASSWORD_MIN = 12;
}
