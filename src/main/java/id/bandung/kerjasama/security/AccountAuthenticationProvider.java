package id.bandung.kerjasama.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a sign-in so that the answer tells nothing: an unknown username, a wrong password and a disabled account
 * all end in the same {@link BadCredentialsException}, after the same work (one BCrypt comparison, against a dummy
 * hash when there is no account), and after the same throttle wait. Disabled accounts are refused only after their
 * password has been checked, so that they take as long as the others.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    static final String REFUSED = "Bad credentials";

    private final UserAccountService accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final String dummyHash;

    AccountAuthenticationProvider(
            UserAccountService accounts,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.events = events;
        this.dummyHash = passwordEncoder.encode("no account has this password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = authentication.getName();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        waitFor(throttle.delayFor(typed, address));

        Optional<UserAccount> account = accounts.forSignIn(typed);
        boolean matches =
                matches(password, account.map(UserAccount::getPasswordHash).orElse(dummyHash));
        if (account.isEmpty() || !matches || !account.get().isEnabled()) {
            throttle.recordFailure(typed, address);
            events.publishEvent(SignInFailedEvent.of(typed, account.isPresent()));
            throw new BadCredentialsException(REFUSED);
        }
        throttle.recordSuccess(typed);
        SignedInUser user = new SignedInUser(account.get());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** A password BCrypt cannot take (over 72 bytes) is a wrong one, checked for as long as any other. */
    private boolean matches(String password, String hash) {
        try {
            return passwordEncoder.matches(password, hash);
        } catch (IllegalArgumentException tooLong) {
            passwordEncoder.matches("", hash);
            return false;
        }
    }

    private static void waitFor(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadCredentialsException(REFUSED);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
