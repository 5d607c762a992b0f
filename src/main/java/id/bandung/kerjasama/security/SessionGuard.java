package id.bandung.kerjasama.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of an account that was disabled, had its password reset or its role changed, on every node:
 * each node keeps the HTTP sessions it serves and, every couple of seconds (and at once after a change on this
 * node), compares the session epoch each one signed in with against the account's. A session that fell behind
 * loses its sign-in at once (its security context is removed, so every further service call is refused) and its
 * open screens are sent to the sign-in page. The database is the only thing nodes share, so nothing is lost when a
 * node misses a message: there is none.
 */
@Component
class SessionGuard implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();
    private final UserAccountRepository repository;

    SessionGuard(UserAccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    @TransactionalEventListener
    void afterAccountChange(AccountChangedEvent event) {
        check();
    }

    @Scheduled(fixedDelayString = "${app.security.session-check:2s}")
    void check() {
        Map<HttpSession, SignedInUser> signedIn = new HashMap<>();
        for (HttpSession session : sessions) {
            SignedInUser user = signedInUser(session);
            if (user != null) {
                signedIn.put(session, user);
            }
        }
        if (signedIn.isEmpty()) {
            return;
        }
        Set<String> usernames =
                signedIn.values().stream().map(SignedInUser::getUsername).collect(Collectors.toSet());
        Map<String, AccountState> states = repository.findStates(usernames).stream()
                .collect(Collectors.toMap(AccountState::username, Function.identity()));
        signedIn.forEach((session, user) -> {
            AccountState state = states.get(user.getUsername());
            if (state == null || !state.enabled() || state.sessionEpoch() != user.getSessionEpoch()) {
                end(session, user.getUsername());
            }
        });
    }

    private SignedInUser signedInUser(HttpSession session) {
        try {
            if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context) {
                Authentication authentication = context.getAuthentication();
                return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                        ? user
                        : null;
            }
            return null;
        } catch (IllegalStateException invalidated) {
            sessions.remove(session);
            return null;
        }
    }

    private void end(HttpSession session, String username) {
        try {
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            List<VaadinSession> vaadinSessions = Collections.list(session.getAttributeNames()).stream()
                    .map(session::getAttribute)
                    .filter(VaadinSession.class::isInstance)
                    .map(VaadinSession.class::cast)
                    .toList();
            vaadinSessions.forEach(vaadinSession -> vaadinSession.access(
                    () -> vaadinSession.getUIs().forEach(ui -> ui.getPage().setLocation("login"))));
            log.info("Ended a session of '{}': the account changed", username);
        } catch (IllegalStateException invalidated) {
            sessions.remove(session);
        }
    }

    /** An account as far as its sessions are concerned. */
    record AccountState(String username, boolean enabled, int sessionEpoch) {}
}
