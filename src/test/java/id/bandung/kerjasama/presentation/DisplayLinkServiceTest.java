package id.bandung.kerjasama.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.base.domain.ClockConfig;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.dashboard.DashboardFilter;
import id.bandung.kerjasama.dashboard.DashboardService;
import id.bandung.kerjasama.partner.PartnerFilter;
import id.bandung.kerjasama.partner.PartnerQueries;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Display links: an unguessable token opens aggregate figures until revoked, and nothing beyond them. */
@IntegrationTest
class DisplayLinkServiceTest {

    @Autowired
    DisplayLinkService links;

    @Autowired
    DisplayLinkQueries linkRows;

    @Autowired
    DashboardService dashboard;

    @Autowired
    PartnerQueries partners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entities;

    @Test
    void a_new_links_token_opens_it_and_only_its_hash_is_stored() {
        var created = SignIn.as(Roles.ADMIN, () -> links.create("Layar lobi Balai Kota"));
        assertThat(created.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        String stored = jdbc.queryForObject(
                "select token_hash from display_link where id = ?",
                String.class,
                created.link().getId());
        assertThat(stored).hasSize(64).isNotEqualTo(created.token()).doesNotContain(created.token());

        DisplayPass pass = links.open(created.token()).orElseThrow();
        assertThat(pass.name()).isEqualTo("Layar lobi Balai Kota");
        assertThat(jdbc.queryForObject(
                        "select last_opened_at is not null from display_link where id = ?",
                        Boolean.class,
                        created.link().getId()))
                .isTrue();
    }

    @Test
    void two_links_never_share_a_token_and_a_wrong_or_altered_token_opens_nothing() {
        var first = SignIn.as(Roles.ADMIN, () -> links.create("Ruang rapat 1"));
        var second = SignIn.as(Roles.ADMIN, () -> links.create("Ruang rapat 2"));
        assertThat(first.token()).isNotEqualTo(second.token());
        String altered =
                (first.token().charAt(0) == 'A' ? 'B' : 'A') + first.token().substring(1);
        assertThat(links.open(altered)).isEmpty();
        assertThat(links.open("")).isEmpty();
        assertThat(links.open(null)).isEmpty();
        assertThat(links.open(first.token() + "x")).isEmpty();
    }

    @Test
    void a_revoked_link_opens_nothing_and_the_revocation_is_in_the_audit_log() {
        var created = SignIn.as(Roles.ADMIN, () -> links.create("Layar lama"));
        assertThat(links.check(created.token())).isPresent();
        SignIn.as(Roles.ADMIN, () -> links.revoke(created.link().getId()));
        assertThat(links.open(created.token())).isEmpty();
        assertThat(links.check(created.token())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'DisplayLink' " + "and record_id = ?",
                        Long.class,
                        created.link().getId()))
                .isEqualTo(2);
    }

    @Test
    void the_revocation_is_audited_as_the_one_change_it_made_and_revoking_again_changes_nothing() {
        var created = SignIn.as(Roles.ADMIN, () -> links.create("Layar dicabut dua kali"));
        long id = created.link().getId();
        DisplayLink revoked = SignIn.as(Roles.ADMIN, () -> links.revoke(id));
        assertThat(revoked.isRevoked()).isTrue();
        SignIn.as(Roles.ADMIN, () -> links.revoke(id));

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'DisplayLink' and record_id = ?"
                                + " and action = 'UPDATE'",
                        Long.class,
                        id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select changes from audit_event where record_type = 'DisplayLink' "
                                + "and record_id = ? and action = 'UPDATE'",
                        String.class,
                        id))
                .contains("revokedAt")
                .contains(revoked.getRevokedAt().toString())
                .doesNotContain("validUntil")
                .doesNotContain("Layar dicabut dua kali");
        assertThat(jdbc.queryForObject(
                        "select revoked_at is not null from display_link where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void a_link_valid_until_a_day_opens_to_the_end_of_that_day_in_bandung_then_opens_nothing() {
        LocalDate today = LocalDate.now(ClockConfig.BANDUNG);
        var created = SignIn.as(Roles.ADMIN, () -> links.create("Layar briefing hari ini", today));
        assertThat(created.link().getValidUntil()).isEqualTo(today);
        assertThat(created.link().getExpiresAt())
                .isEqualTo(today.plusDays(1).atStartOfDay(ClockConfig.BANDUNG).toInstant());
        DisplayPass pass = links.open(created.token()).orElseThrow();
        assertThat(pass.expiresAt()).isEqualTo(created.link().getExpiresAt());

        // The day has passed: the end moves to just after the link was made.
        jdbc.update(
                "update display_link set expires_at = created_at + interval '1 millisecond' where id = ?",
                created.link().getId());
        entities.clear(); // read again from the database, as the next request would
        assertThat(links.check(created.token())).isEmpty();
        assertThat(links.open(created.token())).isEmpty();
    }

    @Test
    void a_link_without_an_end_date_opens_until_revoked_and_the_end_date_is_in_the_audit_log() {
        var open = SignIn.as(Roles.ADMIN, () -> links.create("Layar tanpa batas", null));
        assertThat(open.link().getExpiresAt()).isNull();
        assertThat(links.check(open.token()))
                .get()
                .extracting(DisplayPass::expiresAt)
                .isNull();

        LocalDate nextYear = LocalDate.now(ClockConfig.BANDUNG).plusYears(1);
        var dated = SignIn.as(Roles.ADMIN, () -> links.create("Layar setahun", nextYear));
        assertThat(jdbc.queryForObject(
                        "select changes from audit_event where record_type = 'DisplayLink' "
                                + "and record_id = ? and action = 'CREATE'",
                        String.class,
                        dated.link().getId()))
                .contains("validUntil")
                .contains(nextYear.toString());
    }

    @Test
    void a_past_end_date_is_refused_by_the_service_and_nothing_is_stored() {
        long before = jdbc.queryForObject("select count(*) from display_link", Long.class);
        LocalDate yesterday = LocalDate.now(ClockConfig.BANDUNG).minusDays(1);
        assertThatThrownBy(() -> SignIn.as(Roles.ADMIN, () -> links.create("Layar kemarin", yesterday)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("validUntil");
                    assertThat(e.messageKey()).isEqualTo("display-link.error.valid-until-past");
                });
        assertThat(jdbc.queryForObject("select count(*) from display_link", Long.class))
                .isEqualTo(before);
    }

    @Test
    void the_database_refuses_an_end_before_the_link_was_made() {
        var created = SignIn.as(Roles.ADMIN, () -> links.create("Layar", null));
        assertThatThrownBy(() -> jdbc.update(
                        "update display_link set expires_at = created_at - interval '1 day' " + "where id = ?",
                        created.link().getId()))
                .hasMessageContaining("display_link_expires_after_creation");
    }

    @Test
    void a_display_pass_reads_aggregate_figures_and_no_record() {
        var created = SignIn.as(Roles.ADMIN, () -> links.create("Layar lobi"));
        DisplayPass pass = links.open(created.token()).orElseThrow();
        assertThat(pass.call(() -> dashboard.figures(DashboardFilter.none()))
                        .headline()
                        .partners())
                .as("the briefing's partners")
                .isEqualTo(20);
        assertThatThrownBy(() -> pass.call(() -> partners.list(PartnerFilter.empty(), PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pass.call(() -> linkRows.list(PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.figures(DashboardFilter.none()))
                .as("without the pass, nothing")
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void only_administrators_make_list_and_revoke_links() {
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> links.create("Layar staf")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as(Roles.VIEWER, () -> linkRows.list(PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        var created = SignIn.as(Roles.ADMIN, () -> links.create("Layar admin"));
        assertThatThrownBy(() ->
                        SignIn.as(Roles.STAFF, () -> links.revoke(created.link().getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(links.check(created.token())).isPresent();
    }
}
