package id.bandung.kerjasama.backup;

import id.bandung.kerjasama.Application;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The entry point of {@code ./mvnw -Prestore -Drestore.archive=<file>} and of {@code java -jar kerjasama.jar restore
 * <file>}: the app's context in its own {@code restore} profile, with no HTTP port open, on the database the app
 * would use (the embedded one in its data folder, or {@code SPRING_DATASOURCE_URL}). Flyway brings an empty database
 * to the app's schema on the way up; nothing else writes to it (no briefing facts, no accounts); then
 * {@link RestoreCommand} restores the archive. Only {@link #main} ends the JVM.
 */
public final class RestoreApplication {

    public static final String PROFILE = "restore";

    private RestoreApplication() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the restore and answers its exit code: 0 restored, 1 failed, 3 archive or target refused. */
    public static int run(String... args) {
        String[] withoutPort = Arrays.copyOf(args, args.length + 1);
        withoutPort[args.length] = "--server.port=-1";
        SpringApplication application = new SpringApplication(Application.class);
        application.setAdditionalProfiles(PROFILE);
        try (ConfigurableApplicationContext context = application.run(withoutPort)) {
            return context.getBean(RestoreCommand.class).execute();
        } catch (RuntimeException startFailed) {
            return RestoreCommand.FAILED; // Spring Boot has already reported why
        }
    }
}
