package id.bandung.kerjasama.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.base.domain.ClockConfig;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.SignIn;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/** The display-link list, read with SQL: newest first, what the grid shows, counted the same. */
@IntegrationTest
class DisplayLinkQueriesTest {

    @Autowired
    DisplayLinkQueries queries;

    @Autowired
    DisplayLinkService links;

    @Test
    void the_list_shows_the_newest_links_first_with_what_the_grid_needs() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long before = SignIn.as(Roles.ADMIN, () -> queries.count());
        LocalDate end = LocalDate.of(2031, 3, 17);
        var first = SignIn.as(Roles.ADMIN, () -> links.create("Layar A " + tag, end));
        var second = SignIn.as(Roles.ADMIN, () -> links.create("Layar B " + tag));
        SignIn.as(Roles.ADMIN, () -> links.revoke(second.link().getId()));

        List<DisplayLinkRow> newest = SignIn.as(Roles.ADMIN, () -> queries.list(PageRequest.of(0, 2)));
        assertThat(newest).extracting(DisplayLinkRow::name).containsExactly("Layar B " + tag, "Layar A " + tag);
        DisplayLinkRow dated = newest.get(1);
        assertThat(dated.id()).isEqualTo(first.link().getId());
        assertThat(dated.validUntil()).isEqualTo(end);
        assertThat(dated.expiresAt()).isEqualTo(first.link().getExpiresAt());
        assertThat(dated.createdBy()).isEqualTo(first.link().getCreatedBy());
        assertThat(dated.isRevoked()).isFalse();
        assertThat(dated.isExpired(end.atStartOfDay(ClockConfig.BANDUNG).toInstant()))
                .isFalse();
        assertThat(dated.isExpired(
                        end.plusDays(1).atStartOfDay(ClockConfig.BANDUNG).toInstant()))
                .isTrue();
        assertThat(dated.lastOpenedAt()).isNull();
        DisplayLinkRow revoked = newest.get(0);
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.validUntil()).isNull();
        assertThat(SignIn.as(Roles.ADMIN, () -> queries.count())).isEqualTo(before + 2);

        List<DisplayLinkRow> byName =
                SignIn.as(Roles.ADMIN, () -> queries.list(PageRequest.of(0, 1000, Sort.by("name"))));
        assertThat(byName)
                .extracting(DisplayLinkRow::name)
                .filteredOn(name -> name.endsWith(tag))
                .containsExactly("Layar A " + tag, "Layar B " + tag);
    }

    @Test
    void a_sort_the_list_does_not_offer_is_refused_and_only_administrators_read_the_list() {
        assertThatThrownBy(() ->
                        SignIn.as(Roles.ADMIN, () -> queries.list(PageRequest.of(0, 10, Sort.by("tokenHash")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignIn.as(Roles.STAFF, () -> queries.count()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
