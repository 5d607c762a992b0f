package id.bandung.kerjasama.support;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.monitoring.MonevReport;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.security.Roles;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Creates records for tests through the real services, as staff would, with names that never collide. */
@Component
public class Records {

    private final PartnerService partners;
    private final AgreementService agreements;

    Records(PartnerService partners, AgreementService agreements) {
        this.partners = partners;
        this.agreements = agreements;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public Partner city(String name) {
        Partner partner = new Partner(name, PartnerKind.CITY, Partner.INDONESIA);
        partner.setProvince(Province.JAWA_BARAT);
        return SignIn.as(Roles.STAFF, () -> partners.save(partner));
    }

    /** A city abroad with a signed sister-city agreement (KSDPL). */
    public Agreement sisterCity(String name, String country) {
        Partner partner = SignIn.as(Roles.STAFF, () -> partners.save(new Partner(name, PartnerKind.CITY, country)));
        Agreement agreement = new Agreement(partner, Category.KSDPL, null, "Sister city " + name);
        agreement.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA);
        agreement.setFields(EnumSet.of(CooperationField.PENDIDIKAN));
        return SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }

    /**
     * A regional Kesepakatan Bersama with a new city, signed and started on {@code start}, ending on {@code end}: in
     * force from {@code start} unless {@code end} has passed. The partner and the title get a unique suffix.
     */
    public Agreement inForce(String partnerName, String title, LocalDate start, LocalDate end) {
        Agreement agreement = regional(city(unique(partnerName)), unique(title), DocumentKind.KESEPAKATAN_BERSAMA);
        agreement.setSignedOn(start);
        agreement.setStartOn(start);
        agreement.setEndOn(end);
        return SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }

    /** An implementation report of the agreement for the period, with the facts a report needs (not saved). */
    public static MonevReport monevReport(Agreement agreement, LocalDate from, LocalDate to) {
        MonevReport report = new MonevReport(agreement, from, to);
        report.setActivities("Pertukaran pelajar dan festival budaya");
        report.setOutputs("12 pelajar; 1 festival");
        report.setResponsibleUnit("Dinas Pariwisata dan Kebudayaan");
        report.setPersonInCharge("Kepala Bidang Kerja Sama");
        return report;
    }

    public Agreement regional(Partner partner, String title, DocumentKind kind) {
        Agreement agreement = new Agreement(partner, Category.KSDD, Obligation.SUKARELA, title);
        agreement.setDocumentKind(kind);
        agreement.setFields(EnumSet.of(CooperationField.EKONOMI));
        return SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }
}
