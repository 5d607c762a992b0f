package id.bandung.kerjasama.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link IntegrationTest} without the test's own transaction: every service call commits, as in the running app.
 * Only where commit matters: LISTEN/NOTIFY, other threads or connections, browser and HTTP tests, start-up. Such a
 * test shares the database with every other test: it uses names no other test uses ({@link Records#unique}), and
 * the records it created are removed after it ({@link CommittedRows}), so that the tests after it can still expect
 * exact figures. It must not change the facts or the sample accounts (or must put them back).
 *
 * <p>Put it on the test class (also on a {@link KaribuTest} subclass); it shares the one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ExtendWith(CommittedRows.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public @interface CommittingTest {}
