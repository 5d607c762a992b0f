package id.bandung.kerjasama.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code SPRING_DATASOURCE_URL} is given.
 *
 * @param dataDir folder that keeps the data across restarts; empty for a throwaway database (tests)
 */
@ConfigurationProperties("app.database.embedded")
public record EmbeddedDatabaseProperties(String dataDir) {

    public boolean throwaway() {
        return dataDir == null || dataDir.isBlank();
    }
}
