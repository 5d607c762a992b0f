package id.bandung.kerjasama.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Outside the dev profile there is no default password: the first administrator comes from the environment. */
class AccountBootstrapTest {

    @Test
    void with_no_account_and_no_administrator_given_the_app_refuses_to_start_and_says_what_to_set() {
        assertThatThrownBy(() -> start("", "").close())
                .isInstanceOf(AccountBootstrap.NoAdministratorException.class)
                .hasMessageContaining("No user account exists");

        FailureAnalysis analysis = new AccountFailureAnalyzer()
                .analyze(new AccountBootstrap.NoAdministratorException("No user account exists"));
        assertThat(analysis.getAction()).contains("APP_ADMIN_USERNAME", "APP_ADMIN_PASSWORD");
    }

    @Test
    void a_short_administrator_password_is_refused() {
        assertThatThrownBy(() -> start("kepala", "pendek").close())
                .isInstanceOf(AccountBootstrap.NoAdministratorException.class)
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    void the_first_administrator_comes_from_the_environment_and_no_sample_account_exists() {
        try (ConfigurableApplicationContext context = start("Kepala", "kata-sandi-yang-panjang")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username || ':' || role from user_account", String.class))
                    .containsExactly("kepala:ADMIN");
        }
    }

    /** The app as production starts it: no dev profile, a throwaway database, a web server on a free port. */
    private static ConfigurableApplicationContext start(String adminUsername, String adminPassword) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--app.security.admin-username=" + adminUsername,
                        "--app.security.admin-password=" + adminPassword);
    }
}
