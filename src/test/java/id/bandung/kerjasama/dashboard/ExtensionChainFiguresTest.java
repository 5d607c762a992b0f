package id.bandung.kerjasama.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.agreement.Stage;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An extension makes a second record of one cooperation; every dashboard figure counts the chain once. The hand
 * count: a chain has exactly one first agreement (no predecessor), so the agreements a figure should count are the
 * chains, counted in plain SQL here.
 */
@IntegrationTest
class ExtensionChainFiguresTest {

    @Autowired
    DashboardQueries dashboard;

    @Autowired
    AgreementService agreements;

    @Autowired
    PartnerService partners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void an_extended_agreement_and_its_successor_count_once_in_every_figure_before_and_after_the_successor_is_signed() {
        LocalDate today = LocalDate.now(clock);
        Partner partner = SignIn.as(
                Roles.STAFF,
                () -> partners.save(new Partner(Records.unique("Kota Rantai"), PartnerKind.FOREIGN_CITY, "KR")));
        Agreement first = new Agreement(partner, Category.KSDPL, null, "Sister city Kota Rantai");
        first.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA);
        first.setFields(EnumSet.of(CooperationField.PARIWISATA));
        first.setSignedOn(today.minusYears(5).plusDays(30));
        first.setStartOn(today.minusYears(5).plusDays(30));
        first.setEndOn(today.plusDays(30));
        Agreement old = SignIn.as(Roles.STAFF, () -> agreements.save(first));
        assertFiguresCountChains();
        assertThat(statusOfChains().get(AgreementStatus.EXPIRING)).isEqualTo(1L);

        Agreement successor = SignIn.as(Roles.STAFF, () -> agreements.extend(old.getId(), old.getVersion()));
        assertThat(successor.getPredecessor().getId()).isEqualTo(old.getId());
        assertThat(successor.getPartner().getId()).isEqualTo(partner.getId());
        assertThat(successor.getCategory()).isEqualTo(Category.KSDPL);
        assertThat(successor.getStage()).isEqualTo(Stage.PROPOSAL);
        assertThat(successor.getStartOn()).isEqualTo(today.plusDays(30));
        assertThat(successor.getEndOn()).isEqualTo(today.plusDays(30).plusYears(5));
        assertThat(successor.getFields()).containsExactly(CooperationField.PARIWISATA);
        assertThat(jdbc.queryForObject("select stage from agreement where id = ?", String.class, old.getId()))
                .isEqualTo("EXTENDED");
        // the draft successor does not count yet: the chain is still the expiring agreement
        assertFiguresCountChains();
        assertThat(statusOfChains().get(AgreementStatus.EXPIRING)).isEqualTo(1L);
        assertThat(statusOfChains()).doesNotContainKey(AgreementStatus.DRAFT);

        // signed, starting earlier than proposed: it stands for the chain, and the predecessor ends on its start
        successor.setSignedOn(today.minusDays(2));
        successor.setStartOn(today.minusDays(1));
        Agreement signed = SignIn.as(Roles.STAFF, () -> agreements.save(successor));
        assertThat(jdbc.queryForObject("select end_on from agreement where id = ?", LocalDate.class, old.getId()))
                .isEqualTo(signed.getStartOn());
        assertFiguresCountChains();
        assertThat(statusOfChains()).doesNotContainKey(AgreementStatus.EXPIRED);
        assertThat(statusOfChains().get(AgreementStatus.ACTIVE)).isEqualTo(1L);

        assertThatThrownBy(() -> SignIn.as(
                        Roles.STAFF,
                        () -> agreements.extend(
                                old.getId(),
                                jdbc.queryForObject(
                                        "select version from agreement where id = ?", Long.class, old.getId()))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("agreement.extend.error.not-extendable"));
    }

    @Test
    void deleting_an_extension_returns_the_agreement_it_extended_to_in_force() {
        LocalDate today = LocalDate.now(clock);
        Partner partner = SignIn.as(
                Roles.STAFF,
                () -> partners.save(new Partner(Records.unique("Kota Batal"), PartnerKind.FOREIGN_CITY, "JP")));
        Agreement first = new Agreement(partner, Category.KSDPL, null, "Sister city Kota Batal");
        first.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA);
        first.setFields(EnumSet.of(CooperationField.KEBUDAYAAN));
        first.setSignedOn(today.minusYears(2));
        first.setEndOn(today.plusYears(1));
        first.markInForceBeforeTheRegister();
        Agreement old = SignIn.as(Roles.STAFF, () -> agreements.save(first));
        Agreement successor = SignIn.as(Roles.STAFF, () -> agreements.extend(old.getId(), old.getVersion()));
        assertThat(jdbc.queryForObject("select stage from agreement where id = ?", String.class, old.getId()))
                .isEqualTo("EXTENDED");

        SignIn.as(Roles.STAFF, () -> agreements.delete(successor));

        assertThat(jdbc.queryForObject("select stage from agreement where id = ?", String.class, old.getId()))
                .isEqualTo("IN_FORCE");
        assertThat(jdbc.queryForObject(
                        "select count(*) from agreement_stage where agreement_id = ?", Integer.class, old.getId()))
                .isZero();
        Agreement again = SignIn.as(
                Roles.STAFF,
                () -> agreements.extend(
                        old.getId(),
                        jdbc.queryForObject("select version from agreement where id = ?", Long.class, old.getId())));
        assertThat(again.getPredecessor().getId()).isEqualTo(old.getId());
    }

    /** Every agreement figure of the dashboard against the hand count of chains. */
    private void assertFiguresCountChains() {
        DashboardFilter all = DashboardFilter.none();
        long chains = jdbc.queryForObject("select count(*) from agreement where predecessor_id is null", Long.class);
        Map<String, Long> chainsPerCategory = jdbc
                .queryForList("select category, count(*) as n from agreement where predecessor_id is null"
                        + " group by category")
                .stream()
                .collect(Collectors.toMap(row -> (String) row.get("category"), row -> (Long) row.get("n")));
        Map<String, Long> chainsPerField = jdbc
                .queryForList("select f.field, count(*) as n from agreement_field f join agreement a"
                        + " on a.id = f.agreement_id where a.predecessor_id is null group by f.field")
                .stream()
                .collect(Collectors.toMap(row -> (String) row.get("field"), row -> (Long) row.get("n")));

        assertThat(dashboard.agreementsByStatus(all).stream()
                        .mapToLong(Count::count)
                        .sum())
                .isEqualTo(chains);
        assertThat(dashboard.agreementsByCategory(all).stream()
                        .collect(Collectors.groupingBy(
                                count -> count.key().category().name(), Collectors.summingLong(Count::count))))
                .isEqualTo(chainsPerCategory);
        assertThat(dashboard.agreementsByField(all).stream()
                        .collect(Collectors.toMap(count -> count.key().name(), Count::count)))
                .isEqualTo(chainsPerField);
        // signed per year: every chain with a signed agreement shows once, in the year of the one that counts
        long signedChains = jdbc.queryForObject("""
                select count(*) from agreement a where predecessor_id is null
                and (a.signed_on is not null or exists (select 1 from agreement s where s.predecessor_id = a.id
                                                        and s.signed_on is not null))""", Long.class);
        assertThat(dashboard.signedPerYear(all).stream()
                        .mapToLong(YearCount::count)
                        .sum())
                .isEqualTo(signedChains);
        HeadlineFigures headline = dashboard.headline(all);
        Map<AgreementStatus, Long> statuses = statusOfChains();
        assertThat(headline.active()).isEqualTo(statuses.getOrDefault(AgreementStatus.ACTIVE, 0L));
        assertThat(headline.expiring()).isEqualTo(statuses.getOrDefault(AgreementStatus.EXPIRING, 0L));
    }

    /** The dashboard's status figure, for the test's own partners (the facts are all undated). */
    private Map<AgreementStatus, Long> statusOfChains() {
        List<Count<AgreementStatus>> counts = dashboard.agreementsByStatus(DashboardFilter.none());
        return counts.stream()
                .filter(count -> count.key() != AgreementStatus.UNDATED)
                .collect(Collectors.toMap(Count::key, Count::count));
    }
}
