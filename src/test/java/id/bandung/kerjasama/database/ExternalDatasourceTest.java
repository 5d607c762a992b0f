package id.bandung.kerjasama.database;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** With SPRING_DATASOURCE_URL the app uses that server and starts no embedded one. */
class ExternalDatasourceTest {

    @Test
    void a_configured_server_is_used_and_no_embedded_database_starts() throws Exception {
        try (EmbeddedDatabase server = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(""));
                ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                        .profiles("test")
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url=" + server.jdbcUrl(),
                                "--spring.datasource.username=" + server.username(),
                                "--spring.datasource.password=" + server.password(),
                                "--app.security.admin-username=kepala",
                                "--app.security.admin-password=kata-sandi-yang-panjang")) {
            assertThat(context.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
            assertThat(context.containsBean(EmbeddedDatabaseStarter.BEAN_NAME)).isFalse();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select current_setting('port')", String.class))
                    .isEqualTo(String.valueOf(server.port()));
            assertThat(jdbc.queryForObject("select count(*) from partner", Long.class))
                    .isEqualTo(20);
        }
    }
}
