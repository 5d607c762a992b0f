package id.bandung.kerjasama.calendar;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    /** The feed the account has in use (at most one). */
    Optional<CalendarFeed> findByUserAccountIdAndRevokedAtIsNull(long userAccountId);
}
