package id.bandung.kerjasama.report;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.ComplianceCheck;
import id.bandung.kerjasama.agreement.ComplianceService;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.monitoring.MonevReport;
import id.bandung.kerjasama.monitoring.MonevService;
import id.bandung.kerjasama.monitoring.Recommendation;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.LocalDate;
import java.util.EnumSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Agreements for the report's tests, made through the real services as staff would. */
@Component
public class ReportFixtures {

    public static final CategoryKey KSDD_WAJIB = new CategoryKey(Category.KSDD, Obligation.WAJIB);
    public static final CategoryKey KSDD_SUKARELA = new CategoryKey(Category.KSDD, Obligation.SUKARELA);
    public static final CategoryKey KSDPK = new CategoryKey(Category.KSDPK, null);
    public static final CategoryKey KSDPL = new CategoryKey(Category.KSDPL, null);
    public static final CategoryKey KSDLL = new CategoryKey(Category.KSDLL, null);

    private final PartnerService partners;
    private final AgreementService agreements;
    private final MonevService monev;
    private final ComplianceService compliance;
    private final JdbcTemplate jdbc;
    private final Records records;

    ReportFixtures(
            PartnerService partners,
            AgreementService agreements,
            MonevService monev,
            ComplianceService compliance,
            JdbcTemplate jdbc,
            Records records) {
        this.records = records;
        this.partners = partners;
        this.agreements = agreements;
        this.monev = monev;
        this.compliance = compliance;
        this.jdbc = jdbc;
    }

    /** A memorandum of {@code key}'s category with a partner of its own; any date may be null. */
    public Agreement agreement(CategoryKey key, String title, LocalDate signed, LocalDate start, LocalDate end) {
        return agreement(key, title, Records.unique("Mitra"), signed, start, end);
    }

    public Agreement agreement(
            CategoryKey key, String title, String partnerName, LocalDate signed, LocalDate start, LocalDate end) {
        Agreement agreement =
                new Agreement(partner(key.category(), partnerName), key.category(), key.obligation(), title);
        agreement.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA);
        agreement.setFields(EnumSet.of(CooperationField.PEMERINTAHAN));
        agreement.setSignedOn(signed);
        agreement.setStartOn(start);
        agreement.setEndOn(end);
        return SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }

    /** Signed before the register kept steps, with no date recorded: "date not recorded". */
    public Agreement undated(CategoryKey key, String title) {
        Agreement agreement = new Agreement(
                partner(key.category(), Records.unique("Mitra")), key.category(), key.obligation(), title);
        agreement.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA);
        agreement.setFields(EnumSet.of(CooperationField.PEMERINTAHAN));
        agreement.markInForceBeforeTheRegister();
        return SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }

    public Agreement terminate(Agreement agreement, LocalDate on) {
        Agreement fresh =
                SignIn.as(Roles.STAFF, () -> agreements.find(agreement.getId())).orElseThrow();
        fresh.setTerminatedOn(on);
        fresh.setTerminationReason("Diakhiri atas kesepakatan kedua pihak");
        return SignIn.as(Roles.STAFF, () -> agreements.save(fresh));
    }

    public Agreement extend(Agreement agreement) {
        Agreement fresh =
                SignIn.as(Roles.STAFF, () -> agreements.find(agreement.getId())).orElseThrow();
        return SignIn.as(Roles.STAFF, () -> agreements.extend(fresh.getId(), fresh.getVersion()));
    }

    public Agreement sign(Agreement agreement, LocalDate on) {
        Agreement fresh =
                SignIn.as(Roles.STAFF, () -> agreements.find(agreement.getId())).orElseThrow();
        fresh.setSignedOn(on);
        return SignIn.as(Roles.STAFF, () -> agreements.save(fresh));
    }

    /**
     * Links {@code successor} to {@code predecessor} as an extension made on {@code extendedOn}, as
     * {@code AgreementService.extend} would have on that day (which the service only does for today).
     */
    public void extendedInThePast(Agreement predecessor, Agreement successor, LocalDate extendedOn) {
        jdbc.update("update agreement set predecessor_id = ? where id = ?", predecessor.getId(), successor.getId());
        jdbc.update("update agreement set stage = 'EXTENDED' where id = ?", predecessor.getId());
        jdbc.update(
                "insert into agreement_stage (agreement_id, stage, happened_on, recorded_at, recorded_by)"
                        + " values (?, 'EXTENDED', ?, now(), 'test')",
                predecessor.getId(),
                extendedOn);
    }

    public MonevReport monev(Agreement agreement, LocalDate from, LocalDate to, Recommendation recommendation) {
        MonevReport report = new MonevReport(agreement, from, to);
        report.setActivities("Pertukaran pegawai dan pelatihan");
        report.setResponsibleUnit("Bagian Kerja Sama");
        report.setPersonInCharge("Kepala Bagian Kerja Sama");
        report.setRecommendation(recommendation);
        return SignIn.as(Roles.STAFF, () -> monev.save(report));
    }

    public void acknowledge(Agreement agreement, ComplianceCheck check) {
        SignIn.as(
                Roles.STAFF,
                () -> compliance.acknowledge(agreement.getId(), check, "Naskah dibuat sebelum PP 28/2018 berlaku"));
    }

    /** A partner of the category's kind; a regional partner is a city of the official list, named as the list says. */
    private Partner partner(Category category, String name) {
        if (category == Category.KSDD) {
            return records.city(name);
        }
        Partner partner = switch (category) {
            case KSDD -> throw new IllegalStateException();
            case KSDPK -> {
                Partner company = new Partner(name, PartnerKind.COMPANY, Partner.INDONESIA);
                company.setProvince(Province.JAWA_BARAT);
                yield company;
            }
            case KSDPL -> new Partner(name, PartnerKind.FOREIGN_CITY, "JP");
            case KSDLL -> new Partner(name, PartnerKind.FOREIGN_INSTITUTION, "JP");
        };
        return SignIn.as(Roles.STAFF, () -> partners.save(partner));
    }

    /**
     * The year 2003, hand-counted (see {@code GovernorReportQueriesTest}): a regional agreement signed in February
     * with an evaluation for the first half; one that ends in September; a sister city terminated in March; a
     * sister city of 1999 extended in October by a successor signed in November; technical cooperation signed in
     * August; an undated and a draft agreement that count nowhere.
     */
    public Year2003 year2003() {
        Agreement a = agreement(KSDD_WAJIB, "Pengelolaan sampah bersama", d(2003, 2, 10), null, d(2008, 3, 1));
        Agreement b = agreement(KSDD_SUKARELA, "Promosi wisata", d(2001, 1, 1), null, d(2003, 9, 15));
        Agreement c = terminate(agreement(KSDPL, "Sister city diakhiri", d(2000, 5, 1), null, null), d(2003, 3, 15));
        Agreement d = agreement(KSDLL, "Kerja sama teknis energi", d(2003, 8, 1), null, null);
        Agreement p = agreement(KSDPL, "Sister city lama", d(1999, 1, 1), null, d(2004, 1, 1));
        Agreement s = agreement(KSDPL, "Sister city perpanjangan", d(2003, 11, 1), d(2004, 1, 1), d(2009, 1, 1));
        extendedInThePast(p, s, d(2003, 10, 20));
        Agreement undated = undated(KSDPK, "Kerja sama tanpa tanggal");
        Agreement draft = agreement(KSDPK, "Rancangan kerja sama", null, null, null);
        monev(a, d(2003, 1, 1), d(2003, 6, 30), Recommendation.CONTINUE);
        acknowledge(a, ComplianceCheck.NO_TKKSD_RECOMMENDATION);
        return new Year2003(a, b, c, d, p, s, undated, draft);
    }

    public record Year2003(
            Agreement a,
            Agreement b,
            Agreement c,
            Agreement d,
            Agreement p,
            Agreement s,
            Agreement undated,
            Agreement draft) {}

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
