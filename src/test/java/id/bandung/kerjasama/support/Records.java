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
import id.bandung.kerjasama.partner.Region;
import id.bandung.kerjasama.security.Roles;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates records for tests through the real services, as staff would, with names that never collide: a region
 * partner takes its region's name, one partner per region.
 */
@Component
public class Records {

    /** Kota Bandung's Kemendagri code. */
    private static final String BANDUNG = "32.73";

    private final PartnerService partners;
    private final AgreementService agreements;
    private final JdbcClient jdbc;

    Records(PartnerService partners, AgreementService agreements, JdbcClient jdbc) {
        this.partners = partners;
        this.agreements = agreements;
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * An Indonesian city, saved. A city is a region of the official list and takes its region's name: the free city
     * named {@code name} when there is one ({@code city("Kota Bogor")}), otherwise the next free city (see
     * {@link #freeRegion}), so callers read the name from the partner returned, never from what they asked for.
     */
    public Partner city(String name) {
        return region(Region.Level.CITY, name);
    }

    /** An Indonesian regency, saved, as {@link #city} is. */
    public Partner regency(String name) {
        return region(Region.Level.REGENCY, name);
    }

    /** An Indonesian university, saved: its kind is no region, so it keeps the name it is given. */
    public Partner university(String name) {
        return SignIn.as(
                Roles.STAFF, () -> partners.save(new Partner(name, PartnerKind.UNIVERSITY, Partner.INDONESIA)));
    }

    private Partner region(Region.Level level, String name) {
        Region region = freeRegion(level, name);
        Partner partner = new Partner(name, PartnerKind.valueOf(level.name()), Partner.INDONESIA);
        partner.setRegionCode(region.code());
        return SignIn.as(Roles.STAFF, () -> partners.save(partner));
    }

    /**
     * A region of the level that no partner is yet (nor any Indonesian partner has its name), for a test that builds
     * its own partner: the one named {@code name} when it is free, otherwise the first free one in West Java, then by
     * code. Kota Bandung (32.73) is never offered: the city is not its own partner. Save the partner before asking for
     * the next region, or both get the same one.
     */
    public Region freeRegion(Region.Level level, String name) {
        return jdbc.sql("""
                        select r.code, r.province_code, r.level, r.name from region r
                        where r.level = :level and r.code <> :bandung
                          and not exists (select 1 from partner p where p.region_code = r.code)
                          and not exists (select 1 from partner p where p.country = 'ID' and lower(p.name) = lower(r.name))
                        order by lower(r.name) = lower(:name) desc, r.province_code = :westJava desc, r.code
                        limit 1""")
                .param("level", level.name())
                .param("bandung", BANDUNG)
                .param("name", name == null ? "" : name)
                .param("westJava", Province.JAWA_BARAT.code())
                .query((row, number) -> new Region(
                        row.getString(1), row.getString(2), Region.Level.valueOf(row.getString(3)), row.getString(4)))
                .optional()
                .orElseThrow(() -> new IllegalStateException("Every " + level + " of the official list is a partner"));
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
