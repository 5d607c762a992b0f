package id.bandung.kerjasama.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.audit.AuditAction;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.Region;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.util.EnumSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    PartnerService partners;

    @Autowired
    AgreementService agreements;

    @Autowired
    Records records;

    @Test
    void an_administrator_filters_the_log_by_user_and_record_type() {
        String name = Records.unique("Kota Tercatat");
        Partner partner = new Partner(name, PartnerKind.CITY, Partner.INDONESIA);
        partner.setRegionCode(records.freeRegion(Region.Level.CITY, name).code());
        Partner saved = SignIn.as("penguji-audit", Roles.STAFF, () -> partners.save(partner));
        Agreement agreement = new Agreement(saved, Category.KSDD, Obligation.SUKARELA, "Naskah tercatat");
        agreement.setDocumentKind(DocumentKind.PERJANJIAN_KERJA_SAMA);
        agreement.setFields(EnumSet.of(CooperationField.EKONOMI));
        SignIn.as("penguji-audit", Roles.STAFF, () -> agreements.save(agreement)); // another type: not listed
        signIn("admin");
        navigate("audit?user=penguji-audit&type=Partner");
        AuditView view = _get(AuditView.class);
        assertThat(view.user.getValue()).isEqualTo("penguji-audit");
        assertThat(IntStream.range(0, _size(view.grid)).mapToObj(i -> _get(view.grid, i)))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.username()).isEqualTo("penguji-audit");
                    assertThat(event.recordType()).isEqualTo("Partner");
                    assertThat(event.recordId()).isEqualTo(saved.getId());
                    assertThat(event.action()).isEqualTo(AuditAction.CREATE);
                });
    }

    @Test
    void staff_cannot_open_the_audit_log() {
        signIn("staf");
        assertThatThrownBy(() -> navigate("audit")).isInstanceOf(MockAccessDeniedException.class);
    }
}
