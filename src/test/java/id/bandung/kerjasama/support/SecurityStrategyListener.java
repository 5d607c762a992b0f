package id.bandung.kerjasama.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its security context strategy globally, once per application context. When a test JVM has
 * started several contexts, the global one may belong to another; this points it back at the test's own context
 * before each test, so that signing in and method security see the same strategy.
 */
public class SecurityStrategyListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        SecurityContextHolder.setContextHolderStrategy(
                testContext.getApplicationContext().getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
    }
}
