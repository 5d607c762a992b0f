package id.bandung.kerjasama.calendar;

import id.bandung.kerjasama.audit.AuditedWrites;
import id.bandung.kerjasama.base.domain.Actor;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds (decision 023): each signed-in user makes, and revokes, the secret address of their own
 * feed; a calendar program reads the feed with the token alone. A token is 32 random bytes from {@link SecureRandom}
 * in URL-safe Base64 (43 characters), as display links' are, shown once when the feed is made; only its SHA-256 hash
 * is stored. A user has at most one feed in use: making a new one revokes the old.
 */
@Service
public class CalendarFeedService {

    /** The most entries a feed holds, soonest first, so that a register of sample volume still gives a usable file. */
    public static final int FEED_MAX_ENTRIES = 5_000;

    private static final int TOKEN_BYTES = 32;
    private static final int TOKEN_LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository repository;
    private final CalendarQueries queries;
    private final AuditedWrites writes;
    private final EntityManager entities;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String publicUrl;

    CalendarFeedService(
            CalendarFeedRepository repository,
            CalendarQueries queries,
            AuditedWrites writes,
            EntityManager entities,
            JdbcClient jdbc,
            Clock clock,
            @Value("${app.public-url}") String publicUrl) {
        this.repository = repository;
        this.queries = queries;
        this.writes = writes;
        this.entities = entities;
        this.jdbc = jdbc;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** When the signed-in user's feed in use was made; empty when they have none. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Instant> inUseSince() {
        return repository
                .findByUserAccountIdAndRevokedAtIsNull(currentAccountId())
                .map(CalendarFeed::getCreatedAt);
    }

    /**
     * A new feed for the signed-in user, replacing (revoking) the one in use; the returned address, with its token, is
     * the only time it can be read.
     */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    @Transactional
    public String create() {
        long accountId = currentAccountId();
        revoke(accountId);
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        writes.save(CalendarFeed.RECORD_TYPE, repository, new CalendarFeed(accountId, hash(token)), Map.of());
        return publicUrl + "/calendar/feed/" + token + ".ics";
    }

    /** Revokes the signed-in user's feed in use: its address answers "not found" at once. False when there is none. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    @Transactional
    public boolean revoke() {
        return revoke(currentAccountId());
    }

    /**
     * The entries dated from {@code from} to {@code to} that the feed named by {@code token} shows, read as the
     * feed's owner; empty when the token names no feed in use or its owner's account is disabled. Open to anyone: the
     * token is the credential.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CalendarEntries> entries(String token, LocalDate from, LocalDate to) {
        if (token == null || token.length() != TOKEN_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("select u.username, u.role from calendar_feed f join user_account u on u.id = f.user_account_id"
                        + " where f.token_hash = :hash and f.revoked_at is null and u.enabled")
                .param("hash", hash(token))
                .query((rs, row) -> UsernamePasswordAuthenticationToken.authenticated(
                        rs.getString("username"),
                        null,
                        AuthorityUtils.createAuthorityList("ROLE_" + rs.getString("role"))))
                .optional()
                .map(owner -> Actor.callAs(owner, () -> queries.between(from, to, FEED_MAX_ENTRIES)));
    }

    private boolean revoke(long accountId) {
        Optional<CalendarFeed> inUse = repository.findByUserAccountIdAndRevokedAtIsNull(accountId);
        inUse.ifPresent(feed -> {
            // Revoked as a detached copy, so that the audited write reads the stored feed as it was before.
            entities.detach(feed);
            feed.revoke(clock.instant());
            writes.save(CalendarFeed.RECORD_TYPE, repository, feed, Map.of());
        });
        return inUse.isPresent();
    }

    private long currentAccountId() {
        return jdbc.sql("select id from user_account where username = :name and enabled")
                .param("name", Actor.currentName())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new RuleViolationException(null, "calendar.feed.error.no-account"));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
