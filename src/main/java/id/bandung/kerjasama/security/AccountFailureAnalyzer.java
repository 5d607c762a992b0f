package id.bandung.kerjasama.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains, without a stack trace, what to set when nobody could sign in. */
class AccountFailureAnalyzer extends AbstractFailureAnalyzer<AccountBootstrap.NoAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AccountBootstrap.NoAdministratorException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD (at least " + SecurityProperties.ADMIN_PASSWORD_MIN
                        + " characters) to create the first administrator, then start again. They are read only "
                        + "while the database has no account. For a local trial, run ./mvnw spring-boot:run, whose "
                        + "dev profile has sample accounts.",
                cause);
    }
}
