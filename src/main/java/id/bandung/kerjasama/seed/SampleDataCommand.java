package id.bandung.kerjasama.seed;

import id.bandung.kerjasama.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./mvnw -Psample-data} (generate) and {@code ./mvnw -Psample-data -Dsample-data.action=remove}: runs the
 * app once against its database, adds or removes the sample data, and stops.
 */
@Component
@ConditionalOnProperty("app.sample-data")
class SampleDataCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataCommand.class);

    private final SampleDataService sampleData;
    private final ConfigurableApplicationContext context;

    SampleDataCommand(SampleDataService sampleData, ConfigurableApplicationContext context) {
        this.sampleData = sampleData;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String action = context.getEnvironment().getProperty("app.sample-data", "");
        int status = 0;
        try {
            switch (action) {
                case "generate" -> {
                    var took = SystemActor.call(() -> sampleData.generate(SampleVolumes.full()));
                    SystemActor.run(sampleData::analyze);
                    log.info("\n\n  Sample data generated in {} s: {}\n", took.toMillis() / 1000.0, SampleVolumes.full());
                }
                case "remove" -> {
                    SystemActor.run(sampleData::remove);
                    SystemActor.run(sampleData::analyze);
                    log.info("\n\n  Sample data removed.\n");
                }
                default -> {
                    log.error("app.sample-data must be 'generate' or 'remove', not '{}'", action);
                    status = 2;
                }
            }
        } catch (IllegalStateException e) {
            log.error(e.getMessage());
            status = 1;
        }
        int exitCode = status;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}
