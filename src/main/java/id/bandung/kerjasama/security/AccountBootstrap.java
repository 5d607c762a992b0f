package id.bandung.kerjasama.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure someone can sign in before the server takes requests: the dev profile's sample accounts, or else the
 * first administrator from the environment. With neither, the app refuses to start and says what to set. The
 * sample-data and restore commands (their own profiles, no web server) take no sign-in, so they get no account at
 * all: a restore needs an empty database, and the accounts come from the archive.
 */
@Component
@Profile("!sample-data & !restore")
class AccountBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserAccountService accounts;
    private final SecurityProperties properties;
    private final ObjectProvider<SampleAccounts> sampleAccounts;

    AccountBootstrap(
            UserAccountService accounts, SecurityProperties properties, ObjectProvider<SampleAccounts> sampleAccounts) {
        this.accounts = accounts;
        this.properties = properties;
        this.sampleAccounts = sampleAccounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        sampleAccounts.ifAvailable(SampleAccounts::ensure);
        if (accounts.anyAccountExists()) {
            return;
        }
        String username = properties.adminUsername();
        String password = properties.adminPassword();
        if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
            throw new NoAdministratorException("No user account exists and no first administrator is given.");
        }
        if (PasswordRule.problem(password) != null) {
            throw new NoAdministratorException("APP_ADMIN_PASSWORD does not fit the password rule: it needs at least "
                    + PasswordRule.MIN_CHARACTERS + " characters and at most " + PasswordRule.MAX_BYTES
                    + " bytes in UTF-8.");
        }
        SystemActor.run(() -> accounts.create(username, "Administrator", Roles.Role.ADMIN, password));
        log.info(
                "Created the first administrator '{}' from APP_ADMIN_USERNAME", UserAccountService.normalise(username));
    }

    /** Start-up stops because nobody could sign in. */
    static class NoAdministratorException extends IllegalStateException {
        NoAdministratorException(String message) {
            super(message);
        }
    }
}
