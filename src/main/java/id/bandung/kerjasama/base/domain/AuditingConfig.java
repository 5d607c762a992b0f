package id.bandung.kerjasama.base.domain;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Fills the created/updated stamps of {@link AbstractEntity} with the signed-in user, or "system". */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "auditor", dateTimeProviderRef = "auditClock")
class AuditingConfig {

    static final String SYSTEM = "system";

    @Bean
    AuditorAware<String> auditor() {
        return () -> Optional.of(currentUsername());
    }

    @Bean
    DateTimeProvider auditClock(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    /** The name of whoever acts now: the signed-in user, or "system" for start-up work. */
    static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return signedIn ? authentication.getName() : SYSTEM;
    }
}
