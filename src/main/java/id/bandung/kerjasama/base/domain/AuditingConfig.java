package id.bandung.kerjasama.base.domain;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Fills the created/updated stamps of {@link AbstractEntity} with the signed-in user, or "system". */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(auditorAwareRef = "auditor", dateTimeProviderRef = "auditClock")
class AuditingConfig {

    @Bean
    AuditorAware<String> auditor() {
        return () -> Optional.of(Actor.currentName());
    }

    @Bean
    DateTimeProvider auditClock(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}
