package id.bandung.kerjasama.audit;

import id.bandung.kerjasama.security.AccountLockedEvent;
import id.bandung.kerjasama.security.Roles;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Writes the audit log; only administrators read it. */
@Service
public class AuditService {

    static final String ACCOUNT = "UserAccount";
    private static final int USERNAME_MAX = 64;

    private final AuditEventRepository repository;
    private final Clock clock;

    AuditService(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onSignIn(AuthenticationSuccessEvent event) {
        record(event.getAuthentication().getName(), AuditAction.SIGN_IN, null);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onFailedSignIn(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication().getName(), AuditAction.SIGN_IN_FAILED,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onLocked(AccountLockedEvent event) {
        record(event.username(), AuditAction.LOCKED, "until " + event.lockedUntil());
    }

    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<AuditEvent> latestOf(String username) {
        return repository.findTop50ByUsernameOrderByOccurredAtDesc(username);
    }

    private void record(String username, AuditAction action, String summary) {
        String name = username == null || username.isBlank() ? "?" : username.strip();
        name = name.length() > USERNAME_MAX ? name.substring(0, USERNAME_MAX) : name;
        repository.save(new AuditEvent(clock.instant(), name, ACCOUNT, null, action, summary, List.of()));
    }
}
