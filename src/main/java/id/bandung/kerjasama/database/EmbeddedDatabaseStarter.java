package id.bandung.kerjasama.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on its own thread as soon as the configuration is known, so that the server boots
 * while Spring and Vaadin start; {@link EmbeddedDatabaseConfig} waits for it only when the first bean needs the
 * database. Registered in META-INF/spring.factories; does nothing when SPRING_DATASOURCE_URL is set.
 */
class EmbeddedDatabaseStarter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "embeddedDatabaseStartup";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || context.getBeanFactory().containsSingleton(BEAN_NAME)) {
            return;
        }
        EmbeddedDatabaseProperties properties =
                Binder.get(environment).bindOrCreate("app.database.embedded", EmbeddedDatabaseProperties.class);
        CompletableFuture<EmbeddedDatabase> startup = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        startup.complete(EmbeddedDatabase.start(properties));
                    } catch (RuntimeException e) {
                        startup.completeExceptionally(e);
                    }
                },
                "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
        context.getBeanFactory().registerSingleton(BEAN_NAME, new Startup(startup));
    }

    /** The database being started. */
    record Startup(CompletableFuture<EmbeddedDatabase> future) {

        EmbeddedDatabase await() {
            try {
                return future.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }
}
