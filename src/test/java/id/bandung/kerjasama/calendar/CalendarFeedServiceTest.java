package id.bandung.kerjasama.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A user's feed: made and revoked by its owner, read with its token alone, of which only the hash is kept. */
@IntegrationTest
class CalendarFeedServiceTest {

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void a_feed_is_made_with_a_token_of_which_only_the_hash_is_kept() {
        assertThat(asStaff(feeds::inUseSince)).isEmpty();
        long audited = auditedFeedChanges();

        String url = asStaff(feeds::create);

        assertThat(url).matches("http://localhost:8080/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
        String token = token(url);
        List<String> hashes = jdbc.queryForList(
                "select f.token_hash from calendar_feed f join user_account u on u.id = f.user_account_id"
                        + " where u.username = 'staf'",
                String.class);
        assertThat(hashes).containsExactly(CalendarFeedService.hash(token)).doesNotContain(token);
        assertThat(asStaff(feeds::inUseSince)).isPresent();
        assertThat(read(token)).isTrue();
        assertThat(auditedFeedChanges()).isEqualTo(audited + 1);
    }

    private long auditedFeedChanges() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where record_type = 'CalendarFeed' and username = 'staf'",
                Long.class);
    }

    @Test
    void a_revoked_feed_opens_no_more_and_a_new_one_replaces_the_one_in_use() {
        String first = token(asStaff(feeds::create));
        String second = token(asStaff(feeds::create));
        assertThat(read(first)).isFalse();
        assertThat(read(second)).isTrue();

        assertThat(asStaff(feeds::revoke)).isTrue();

        assertThat(read(second)).isFalse();
        assertThat(asStaff(feeds::inUseSince)).isEmpty();
        assertThat(asStaff(feeds::revoke)).isFalse();
        String third = token(asStaff(feeds::create));
        assertThat(read(third)).isTrue();
    }

    @Test
    void the_feed_of_a_disabled_account_and_a_wrong_or_malformed_token_open_nothing() {
        String token = token(asStaff(feeds::create));
        assertThat(read(token.substring(0, 42) + (token.endsWith("A") ? "B" : "A")))
                .isFalse();
        assertThat(read("salah-ketik")).isFalse();
        assertThat(read(null)).isFalse();

        jdbc.update("update user_account set enabled = false where username = 'staf'");

        assertThat(read(token)).isFalse();
    }

    private boolean read(String token) {
        LocalDate today = LocalDate.now(clock);
        return feeds.entries(token, today, today.plusMonths(1)).isPresent(); // as nobody: the token is the key
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private static <T> T asStaff(java.util.function.Supplier<T> work) {
        return SignIn.as("staf", Roles.STAFF, work);
    }
}
