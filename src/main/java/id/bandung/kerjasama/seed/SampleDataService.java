package id.bandung.kerjasama.seed;

import id.bandung.kerjasama.security.Roles;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates realistic volumes of sample partners, agreements, software and adoptions, for demonstrations and
 * benchmarks, and removes them again. Every generated row has {@code sample = true}; the app shows a banner while
 * any exist. The rows are made by set-based SQL in PostgreSQL (a million adoptions take seconds, not hours),
 * deterministically: the same volumes give the same data.
 */
@Service
public class SampleDataService {

    static final String CREATED_BY = "sample";
    private static final Logger log = LoggerFactory.getLogger(SampleDataService.class);

    private final JdbcTemplate jdbc;

    SampleDataService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether any sample row exists; the banner asks this. */
    @PreAuthorize(Roles.ANY_SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean isPresent() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from partner where sample) or exists (select 1 from software where sample)",
                Boolean.class));
    }

    /** Adds sample data next to whatever is there, in one transaction. Returns how long it took. */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public Duration generate(SampleVolumes volumes) {
        long started = System.nanoTime();
        if (isPresent()) {
            throw new IllegalStateException("Sample data is already present; remove it first");
        }
        SampleSql.statements(volumes).forEach(jdbc::execute);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Generated sample data {} in {} s", volumes, took.toMillis() / 1000.0);
        return took;
    }

    /** Removes every sample row; the records staff entered stay. */
    @PreAuthorize(Roles.ADMIN_ONLY)
    @Transactional
    public void remove() {
        jdbc.update("delete from adoption where sample");
        jdbc.update("update agreement set parent_id = null where sample and parent_id is not null");
        jdbc.update("delete from agreement where sample");
        jdbc.update("delete from software where sample");
        jdbc.update("delete from partner where sample");
        log.info("Removed the sample data");
    }

    /**
     * Refreshes the planner's statistics and the visibility map after bulk changes, so that counts can use
     * index-only scans. Runs outside a transaction, as VACUUM must.
     */
    @PreAuthorize(Roles.ADMIN_ONLY)
    public void analyze() {
        jdbc.execute("vacuum analyze partner, agreement, agreement_field, software, adoption");
    }
}
