package id.bandung.kerjasama.presentation;

import id.bandung.kerjasama.audit.AuditedWrites;
import id.bandung.kerjasama.base.domain.ClockConfig;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.security.Roles;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Display links: administrators make and revoke them ({@link DisplayLinkQueries} lists them); a screen opens one with
 * its token alone. A token is 32 random bytes (256 bits) from {@link SecureRandom}, shown once when the link is made;
 * only its hash is stored.
 */
@Service
public class DisplayLinkService {

    private static final int TOKEN_BYTES = 32;
    private static final int TOKEN_LENGTH = 43; // 32 bytes in URL-safe Base64 without padding
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DisplayLinkRepository repository;
    private final AuditedWrites writes;
    private final EntityManager entities;
    private final Clock clock;

    DisplayLinkService(DisplayLinkRepository repository, AuditedWrites writes, EntityManager entities, Clock clock) {
        this.repository = repository;
        this.writes = writes;
        this.entities = entities;
        this.clock = clock;
    }

    /** A new link without an end date; the returned token is the only time it can be read. */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public CreatedLink create(String name) {
        return create(name, null);
    }

    /**
     * A new link that opens until the end of {@code validUntil} in Bandung (null: until revoked), which may be today
     * but not a past day. The returned token is the only time it can be read.
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public CreatedLink create(String name, LocalDate validUntil) {
        if (validUntil != null && validUntil.isBefore(LocalDate.now(clock.withZone(ClockConfig.BANDUNG)))) {
            throw new RuleViolationException("validUntil", "display-link.error.valid-until-past");
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        DisplayLink link = writes.save(
                DisplayLink.RECORD_TYPE, repository, new DisplayLink(name, hash(token), validUntil), Map.of());
        return new CreatedLink(link, token);
    }

    /** Revokes a link; every screen showing it says so within seconds. Revoking twice changes nothing. */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public DisplayLink revoke(long id) {
        DisplayLink link = repository
                .findById(id)
                .orElseThrow(() -> new RuleViolationException(null, "display-link.error.not-found"));
        if (link.isRevoked()) {
            return link;
        }
        // Revoked as a detached copy, so that the audited write reads the stored link as it was before.
        entities.detach(link);
        link.revoke(clock.instant());
        return writes.save(DisplayLink.RECORD_TYPE, repository, link, Map.of());
    }

    /**
     * The pass a token grants, if it names a link that is neither revoked nor expired; notes when the link was last
     * opened. Open to anyone: the token is the credential.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<DisplayPass> open(String token) {
        Optional<DisplayPass> pass = check(token);
        pass.ifPresent(valid -> repository.markOpened(valid.linkId(), clock.instant()));
        return pass;
    }

    /** Whether a token still opens its link, without noting anything; screens ask again after each change. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<DisplayPass> check(String token) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return repository
                .findByTokenHash(hash(token))
                .filter(link -> link.opensAt(now))
                .map(link -> new DisplayPass(link.getId(), link.getName(), link.getExpiresAt()));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A link just made, with the token that opens it. */
    public record CreatedLink(DisplayLink link, String token) {}
}
