package id.bandung.kerjasama.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sample sign-ins of the dev profile, which {@code ./mvnw spring-boot:run} uses. They never exist outside it:
 * production gets its first administrator from APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD. The sample-data command
 * may point at any database, so even with the dev profile requested it never makes them.
 */
@Component
@Profile("dev & !sample-data & !restore")
class SampleAccounts {

    static final String PASSWORD = "bandung";
    private static final Logger log = LoggerFactory.getLogger(SampleAccounts.class);
    private static final List<Sample> SAMPLES = List.of(
            new Sample("pimpinan", "Pimpinan (Kantor Wali Kota)", Roles.Role.VIEWER),
            new Sample("staf", "Staf Bagian Kerja Sama", Roles.Role.STAFF),
            new Sample("admin", "Administrator", Roles.Role.ADMIN));

    private final UserAccountService accounts;

    SampleAccounts(UserAccountService accounts) {
        this.accounts = accounts;
    }

    void ensure() {
        SystemActor.run(() -> SAMPLES.stream()
                .filter(sample -> !accounts.exists(sample.username()))
                .forEach(sample ->
                        accounts.createSample(sample.username(), sample.displayName(), sample.role(), PASSWORD)));
    }

    /** Printed last, beside the address, where a newcomer looks. */
    @EventListener
    void print(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        StringBuilder text = new StringBuilder("\n\n  Kerja Sama Bandung: http://localhost:")
                .append(port)
                .append("/\n  Sample accounts (dev profile only), password \"")
                .append(PASSWORD)
                .append("\":\n");
        SAMPLES.forEach(sample -> text.append(
                String.format("    %-10s %-7s %s%n", sample.username(), sample.role(), sample.displayName())));
        log.info(text.toString());
    }

    private record Sample(String username, String displayName, Roles.Role role) {}
}
