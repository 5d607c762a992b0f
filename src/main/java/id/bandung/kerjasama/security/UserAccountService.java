package id.bandung.kerjasama.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Accounts: sign-in lookups, the lock after repeated failures, and creating accounts. */
@Service
public class UserAccountService implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final SecurityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAccountService(UserAccountRepository repository, PasswordEncoder passwordEncoder,
                       SecurityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Used by Spring Security before anyone is signed in, so it carries no access rule. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsername(normalise(username))
                .map(account -> new SignedInUser(account, account.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @EventListener
    @Transactional
    void onFailedSignIn(AuthenticationFailureBadCredentialsEvent event) {
        repository.findByUsername(normalise(event.getAuthentication().getName())).ifPresent(account -> {
            var lockUntil = clock.instant().plus(properties.lockDuration());
            if (account.recordFailedSignIn(properties.maxFailedSignIns(), lockUntil)) {
                log.warn("Account '{}' locked until {} after {} failed sign-ins", account.getUsername(), lockUntil,
                        properties.maxFailedSignIns());
                events.publishEvent(new AccountLockedEvent(account.getUsername(), lockUntil));
            }
        });
    }

    @EventListener
    @Transactional
    void onSignIn(AuthenticationSuccessEvent event) {
        repository.findByUsername(normalise(event.getAuthentication().getName()))
                .ifPresent(UserAccount::recordSuccessfulSignIn);
    }

    /** Creates an account; a taken username is refused with {@link UsernameTakenException}. */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public UserAccount create(String username, String displayName, Roles.Role role, String rawPassword) {
        String name = normalise(username);
        if (repository.findByUsername(name).isPresent()) {
            throw new UsernameTakenException(name);
        }
        try {
            return repository.saveAndFlush(new UserAccount(name, displayName.strip(), role,
                    passwordEncoder.encode(rawPassword)));
        } catch (DataIntegrityViolationException e) {
            throw new UsernameTakenException(name); // taken by someone else at the same moment
        }
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public Page<UserAccount> list(Pageable pageable) {
        return repository.findAll(pageable);
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public void unlock(long id) {
        account(id).recordSuccessfulSignIn();
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public void resetPassword(long id, String rawPassword) {
        UserAccount account = account(id);
        account.changePasswordHash(passwordEncoder.encode(rawPassword));
        account.recordSuccessfulSignIn();
    }

    /**
     * Lets an account sign in again, or stops it. Nobody can disable their own account, and the last enabled
     * administrator stays, so that the app is never left without one.
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public void setEnabled(long id, boolean enabled, String actingUsername) {
        UserAccount account = account(id);
        if (!enabled && account.getUsername().equals(normalise(actingUsername))) {
            throw new AccountRuleException("users.error.disable-self");
        }
        if (!enabled && account.getRole() == Roles.Role.ADMIN && account.isEnabled()
                && repository.countByRoleAndEnabledTrue(Roles.Role.ADMIN) <= 1) {
            throw new AccountRuleException("users.error.last-admin");
        }
        account.setEnabled(enabled);
    }

    private UserAccount account(long id) {
        return repository.findById(id).orElseThrow(() -> new AccountRuleException("users.error.not-found"));
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return repository.findByUsername(normalise(username));
    }

    /** Start-up checks run before anyone can sign in. */
    @Transactional(readOnly = true)
    boolean anyAccountExists() {
        return repository.count() > 0;
    }

    @Transactional(readOnly = true)
    boolean exists(String username) {
        return repository.findByUsername(normalise(username)).isPresent();
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
