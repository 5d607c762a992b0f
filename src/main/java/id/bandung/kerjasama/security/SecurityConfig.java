package id.bandung.kerjasama.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.bandung.kerjasama.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Security through Vaadin's configurer: every view needs an access annotation (deny by default), every
 * service method an access rule ({@code @EnableMethodSecurity}), passwords are BCrypt hashes, sign-in goes through
 * {@link AccountAuthenticationProvider}. Every response carries the Content-Security-Policy below (decision 014 says
 * why each source is there); behind a TLS proxy HSTS is sent because the forwarded protocol is trusted
 * ({@code server.forward-headers-strategy}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableScheduling
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * As strict as Vaadin Flow allows: its bootstrap page has an inline script, {@code executeJs} runs through
     * {@code new Function} (eval), components and ApexCharts set inline styles; nothing comes from another origin.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "manifest-src 'self'",
            "media-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The personal calendar feeds, {@code /calendar/feed/<token>.ics}. */
    static final String CALENDAR_FEEDS = "/calendar/feed/*";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // Sign-in goes through the one AuthenticationProvider bean, which Spring Security makes the global
        // authentication manager's. Adding it here as well would check (and count) every refused try twice: once
        // here, once more in the global manager this chain falls back to.
        // A personal calendar feed is read by calendar programs without a session: its token is the credential
        // (calendar/ui/CalendarFeedController). Only reading, only that path.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, CALENDAR_FEEDS))
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
