package id.bandung.kerjasama.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bandung.kerjasama.agreement.AgreementGap;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerGap;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The completeness counts against counts written by hand, on the briefing's facts and after partners are added. */
@IntegrationTest
class CompletenessQueriesTest {

    /** Signed per its stage (the rule of {@code Stage.marksSigned}), written out by hand. */
    private static final String SIGNED = "(stage in ('PKS_SIGNED', 'ACTION_PLAN', 'IN_FORCE', 'EVALUATED', 'EXTENDED',"
            + " 'ENDED') or (stage = 'KB_SIGNED' and document_kind is distinct from 'PERJANJIAN_KERJA_SAMA'))";

    @Autowired
    CompletenessQueries queries;

    @Autowired
    PartnerService partners;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_counts_equal_counts_written_by_hand() {
        Completeness completeness = SignIn.as(Roles.STAFF, queries::completeness);

        assertThat(completeness.agreements(AgreementGap.SIGNING_DATE))
                .isEqualTo(count("select count(*) from agreement where signed_on is null and " + SIGNED));
        assertThat(completeness.agreements(AgreementGap.NUMBER))
                .isEqualTo(count("select count(*) from agreement where bandung_number is null"
                        + " and (signed_on is not null or " + SIGNED + ")"));
        assertThat(completeness.agreements(AgreementGap.DOCUMENT_KIND))
                .isEqualTo(count("select count(*) from agreement where document_kind is null"));
        assertThat(completeness.agreements(AgreementGap.DOCUMENT))
                .isEqualTo(count("select count(*) from agreement a where (signed_on is not null or " + SIGNED
                        + ") and a.id not in (select agreement_id from agreement_document)"));
        assertThat(completeness.partners(PartnerGap.COORDINATES))
                .isEqualTo(count("select count(*) from partner where latitude is null or longitude is null"));
        assertThat(completeness.partners(PartnerGap.PROVINCE))
                .isEqualTo(count("select count(*) from partner where country = 'ID' and province is null"));
    }

    @Test
    void the_briefings_facts_lack_dates_numbers_kinds_and_documents_but_not_coordinates() {
        Completeness completeness = SignIn.as(Roles.STAFF, queries::completeness);

        // 21 agreements in force without date, number, kind or document; the 20 partners with the public coordinates
        // of their cities, the four Indonesian ones in Jawa Barat.
        assertThat(completeness.agreements().values()).containsOnly(21L);
        assertThat(completeness.partners(PartnerGap.COORDINATES)).isZero();
        assertThat(completeness.partners(PartnerGap.PROVINCE)).isZero();
    }

    @Test
    void a_partner_counts_for_what_it_lacks_only() {
        Completeness before = SignIn.as(Roles.ADMIN, queries::completeness);
        // A region's province follows its code; an Indonesian university may lack one.
        Partner placed =
                new Partner(Records.unique("Universitas Berkoordinat"), PartnerKind.UNIVERSITY, Partner.INDONESIA);
        placed.setLatitude(new BigDecimal("-6.9"));
        placed.setLongitude(new BigDecimal("107.6"));
        SignIn.as(Roles.STAFF, () -> partners.save(placed)); // no province
        Partner abroad = new Partner(Records.unique("Kota Jauh"), PartnerKind.CITY, "FR");
        SignIn.as(Roles.STAFF, () -> partners.save(abroad)); // no coordinates; a province is not expected abroad

        Completeness after = SignIn.as(Roles.STAFF, queries::completeness);
        assertThat(after.partners(PartnerGap.PROVINCE) - before.partners(PartnerGap.PROVINCE))
                .isEqualTo(1);
        assertThat(after.partners(PartnerGap.COORDINATES) - before.partners(PartnerGap.COORDINATES))
                .isEqualTo(1);
        assertThat(after.agreements()).isEqualTo(before.agreements());
    }

    @Test
    void the_viewer_may_not_ask() {
        assertThatThrownBy(() -> SignIn.as(Roles.VIEWER, queries::completeness))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
