package id.bandung.kerjasama.seed;

import id.bandung.kerjasama.Application;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The entry point of {@code ./mvnw -Psample-data}: the app's context in its own {@code sample-data} profile, never
 * the dev profile, with no HTTP port open ({@code server.port=-1}: the web context exists, as Vaadin's security
 * configuration needs, but nothing listens), so nothing in it creates a sign-in account or takes a request. Before
 * anything connects to a database, {@link SampleDataGuard} refuses one that is not the embedded development database
 * unless {@code app.sample-data.allow-external=true}. Only {@link #main} ends the JVM.
 */
public final class SampleDataApplication {

    public static final String PROFILE = "sample-data";

    private SampleDataApplication() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and answers its exit code: 0 done, 1 failed, 2 unknown action, 3 database refused. */
    static int run(String... args) {
        String[] withoutPort = Arrays.copyOf(args, args.length + 1);
        withoutPort[args.length] = "--server.port=-1";
        try (ConfigurableApplicationContext context = application().run(withoutPort)) {
            return context.getBean(SampleDataCommand.class).execute();
        } catch (SampleDataGuard.RefusedException refused) {
            return refused.getExitCode(); // Spring Boot has logged its message
        } catch (RuntimeException startFailed) {
            return SampleDataCommand.FAILED; // Spring Boot has already reported why
        }
    }

    static SpringApplication application() {
        SpringApplication application = new SpringApplication(Application.class);
        application.setAdditionalProfiles(PROFILE);
        application.addListeners(new SampleDataGuard());
        return application;
    }
}
