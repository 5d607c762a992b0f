package id.bandung.kerjasama.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL started from a Maven jar, so that {@code ./mvnw spring-boot:run} needs
 * no server. Skipped entirely when {@code spring.datasource.url} (SPRING_DATASOURCE_URL) is set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfig {

    /** Started early by {@link EmbeddedDatabaseStarter}; the first bean that needs the database waits here. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseStarter.Startup startup) {
        return startup.await();
    }

    /**
     * Hikari pool on the embedded server, signed in as the app's own role (no superuser);
     * {@code spring.datasource.hikari.*} settings still apply.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
