package id.bandung.kerjasama.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole app on a real (throwaway, embedded) PostgreSQL, with the dev profile's sample accounts. Every test
 * class with this annotation shares one Spring context and one database.
 *
 * <p>Each test runs in a transaction that Spring rolls back when the test ends, so a test sees the facts loaded at
 * start-up plus what it wrote itself, and leaves nothing behind: its expectations can be exact. Service calls, the
 * views Karibu drives and {@code JdbcTemplate} queries made in the test's thread all join that transaction. Where a
 * commit is what is being tested, use {@link CommittingTest} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"dev", "test"})
@Import(PasswordChecks.class)
@TestExecutionListeners(
        listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@Transactional
public @interface IntegrationTest {}
