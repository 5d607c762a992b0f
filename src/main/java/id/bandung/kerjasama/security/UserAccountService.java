package id.bandung.kerjasama.security;

import id.bandung.kerjasama.base.domain.Actor;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: sign-in lookups and the administrator's acts on accounts (the user list reads through
 * {@link UserAccountQueries}). Every act is audited in its own transaction
 * (through {@link AccountChangedEvent}); those that change what a person may do end that person's open sessions.
 */
@Service
public class UserAccountService implements UserDetailsService {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Validator validator;

    UserAccountService(
            UserAccountRepository repository,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            ApplicationEventPublisher events,
            Validator validator) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.events = events;
        this.validator = validator;
    }

    /** Sign-in for tests and tools that sign in without a password; the login form goes through the provider. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository
                .findByUsername(normalise(username))
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /**
     * The account a sign-in names, if any; used by {@link AccountAuthenticationProvider} before anyone is signed in.
     */
    @Transactional(readOnly = true)
    Optional<UserAccount> forSignIn(String username) {
        return repository.findByUsername(normalise(username));
    }

    /**
     * Creates an account; a taken username is refused with {@link UsernameTakenException}, a password that breaks
     * the rule with {@link AccountRuleException}.
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public UserAccount create(String username, String displayName, Roles.Role role, String rawPassword) {
        PasswordRule.check(rawPassword);
        return createChecked(username, displayName, role, rawPassword);
    }

    /** The dev profile's sample accounts keep their short shared password; nothing else may skip the rule. */
    @Transactional
    UserAccount createSample(String username, String displayName, Roles.Role role, String rawPassword) {
        return createChecked(username, displayName, role, rawPassword);
    }

    private UserAccount createChecked(String username, String displayName, Roles.Role role, String rawPassword) {
        String name = normalise(username);
        if (repository.findByUsername(name).isPresent()) {
            throw new UsernameTakenException(name);
        }
        UserAccount account;
        try {
            account = repository.saveAndFlush(
                    new UserAccount(name, displayName.strip(), role, passwordEncoder.encode(rawPassword)));
        } catch (DataIntegrityViolationException e) {
            throw new UsernameTakenException(name); // taken by someone else at the same moment
        }
        events.publishEvent(new AccountChangedEvent(
                account.getId(),
                name,
                true,
                List.of(
                        new AccountChangedEvent.Change("username", null, name),
                        new AccountChangedEvent.Change("displayName", null, account.getDisplayName()),
                        new AccountChangedEvent.Change("role", null, role.name()),
                        new AccountChangedEvent.Change("enabled", null, "true"))));
        return account;
    }

    /** Forgets the failed sign-ins that slow the account's next try. */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public void clearSignInDelay(long id) {
        UserAccount account = account(id);
        int failures = throttle.failures(account.getUsername());
        throttle.clear(account.getUsername());
        changed(account, "failedSignIns", String.valueOf(failures), "0");
    }

    /** Sets a new password and ends the account's open sessions. */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public void resetPassword(long id, String rawPassword) {
        PasswordRule.check(rawPassword);
        UserAccount account = account(id);
        account.changePasswordHash(passwordEncoder.encode(rawPassword));
        throttle.clear(account.getUsername());
        changed(account, "password", null, "reset");
    }

    /**
     * Changes what the account may do and ends its open sessions (they signed in with the old role). The last
     * enabled administrator keeps the role.
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public void changeRole(long id, Roles.Role role) {
        UserAccount account = account(id);
        Roles.Role old = account.getRole();
        if (old == role) {
            return;
        }
        if (old == Roles.Role.ADMIN
                && account.isEnabled()
                && repository.countByRoleAndEnabledTrue(Roles.Role.ADMIN) <= 1) {
            throw new AccountRuleException("users.error.last-admin-role");
        }
        account.changeRole(role);
        changed(account, "role", old.name(), role.name());
    }

    /**
     * Lets an account sign in again, or stops it and ends its open sessions. Nobody can disable their own account,
     * and the last enabled administrator stays, so that the app is never left without one.
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public void setEnabled(long id, boolean enabled, String actingUsername) {
        UserAccount account = account(id);
        if (!enabled && account.getUsername().equals(normalise(actingUsername))) {
            throw new AccountRuleException("users.error.disable-self");
        }
        if (!enabled
                && account.getRole() == Roles.Role.ADMIN
                && account.isEnabled()
                && repository.countByRoleAndEnabledTrue(Roles.Role.ADMIN) <= 1) {
            throw new AccountRuleException("users.error.last-admin");
        }
        if (account.isEnabled() == enabled) {
            return;
        }
        account.setEnabled(enabled);
        changed(account, "enabled", String.valueOf(!enabled), String.valueOf(enabled));
    }

    /**
     * Sets the signed-in user's own address for reminder e-mails (blank removes it). The address is checked like
     * every stored value ({@link id.bandung.kerjasama.base.domain.EmailAddress}); a bad one is refused with
     * {@link jakarta.validation.ConstraintViolationException} and nothing is written.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @Transactional
    public void changeOwnEmail(String email) {
        String username = Actor.currentName();
        UserAccount account = repository
                .findByUsername(normalise(username))
                .orElseThrow(() -> new AccountRuleException("users.error.not-found"));
        String old = account.getEmail();
        account.setEmail(email);
        var violations = validator.validateProperty(account, "email");
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!Objects.equals(old, account.getEmail())) {
            changed(account, "email", old, account.getEmail());
        }
    }

    /** Writes the change now (so the audit entry follows it) and has the audit log record it in this transaction. */
    private void changed(UserAccount account, String field, String oldValue, String newValue) {
        repository.flush();
        events.publishEvent(new AccountChangedEvent(
                account.getId(),
                account.getUsername(),
                false,
                List.of(new AccountChangedEvent.Change(field, oldValue, newValue))));
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
