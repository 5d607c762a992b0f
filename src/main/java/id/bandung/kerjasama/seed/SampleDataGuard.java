package id.bandung.kerjasama.seed;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Keeps sample data out of real databases. It runs when the environment is ready and before anything connects (no
 * embedded server started, no Flyway migration, no facts loaded), so a refused database is left exactly as it was.
 * The embedded development database is the one used when SPRING_DATASOURCE_URL is not set; any other needs
 * {@code -Dsample-data.allow-external=true} ({@code app.sample-data.allow-external}).
 */
class SampleDataGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final String ALLOW_EXTERNAL = "app.sample-data.allow-external";
    static final int REFUSED = 3;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        decide(event.getEnvironment());
    }

    /** Returns when sample data may be written to the configured database, throws otherwise. */
    static void decide(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        if (!StringUtils.hasText(url) || environment.getProperty(ALLOW_EXTERNAL, Boolean.class, false)) {
            return;
        }
        throw new RefusedException("""

                  Refused: sample data goes into the embedded development database only, and SPRING_DATASOURCE_URL
                  names another one (%s). Nothing was written. Sample data is for demonstrations and benchmarks;
                  if this server really is meant for them, run again with -Dsample-data.allow-external=true
                """.formatted(withoutParameters(url)));
    }

    /** The server and database, never what may follow them (a password can be a URL parameter). */
    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** Start-up stops with exit code 3; the message says it all, so there is no stack trace. */
    static final class RefusedException extends RuntimeException implements ExitCodeGenerator {

        RefusedException(String message) {
            super(message, null, false, false);
        }

        @Override
        public int getExitCode() {
            return REFUSED;
        }
    }
}
