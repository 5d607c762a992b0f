package id.bandung.kerjasama.seed;

import id.bandung.kerjasama.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What {@code ./mvnw -Psample-data} does once the app's context is up: adds ({@code generate}) or removes
 * ({@code remove}) the sample data and answers an exit code. {@link SampleDataApplication} runs it and exits; this
 * class never ends the JVM itself, so tests can run it.
 */
@Component
@Profile(SampleDataApplication.PROFILE)
class SampleDataCommand {

    static final String ACTION = "app.sample-data.action";
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int UNKNOWN_ACTION = 2;

    private static final Logger log = LoggerFactory.getLogger(SampleDataCommand.class);

    private final SampleDataService sampleData;
    private final Environment environment;

    SampleDataCommand(SampleDataService sampleData, Environment environment) {
        this.sampleData = sampleData;
        this.environment = environment;
    }

    int execute() {
        String action = environment.getProperty(ACTION, "generate");
        try {
            switch (action) {
                case "generate" -> {
                    var took = SystemActor.call(() -> sampleData.generate(SampleVolumes.full()));
                    SystemActor.run(sampleData::analyze);
                    log.info(
                            "\n\n  Sample data generated in {} s: {}\n",
                            took.toMillis() / 1000.0,
                            SampleVolumes.full());
                }
                case "remove" -> {
                    SystemActor.run(sampleData::remove);
                    SystemActor.run(sampleData::analyze);
                    log.info("\n\n  Sample data removed.\n");
                }
                default -> {
                    log.error("{} must be 'generate' or 'remove', not '{}'", ACTION, action);
                    return UNKNOWN_ACTION;
                }
            }
        } catch (IllegalStateException e) {
            log.error(e.getMessage());
            return FAILED;
        }
        return DONE;
    }
}
