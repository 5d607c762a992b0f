package id.bandung.kerjasama.seed;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.security.SystemActor;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareService;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the briefing facts into an empty database, once, in one transaction: all or nothing. A database that
 * already holds any partner, agreement or software is never touched. Not in the restore command, whose database
 * must stay empty until the archive's records go in.
 */
@Component
@Profile("!restore")
class FactsLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FactsLoader.class);

    private final PartnerService partners;
    private final AgreementService agreements;
    private final SoftwareService software;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    FactsLoader(
            PartnerService partners,
            AgreementService agreements,
            SoftwareService software,
            JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.partners = partners;
        this.agreements = agreements;
        this.software = software;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Whether any partner, agreement or software exists, whoever added it. */
    private boolean registerHoldsRecords() {
        return jdbc.sql("""
                        select exists (select from partner) or exists (select from agreement)
                               or exists (select from software)""").query(Boolean.class).single();
    }

    @Override
    public void afterSingletonsInstantiated() {
        SystemActor.run(() -> transaction.executeWithoutResult(status -> {
            if (registerHoldsRecords()) {
                return;
            }
            loadSisterCities();
            loadTechnicalCooperation();
            loadBorderingRegions();
            loadSoftware();
            log.info("Loaded the facts of the 5 September 2017 briefing into the empty database");
        }));
    }

    private void loadSisterCities() {
        for (BriefingFacts.SisterCity city : BriefingFacts.SISTER_CITIES) {
            Partner partner = new Partner(city.name(), PartnerKind.FOREIGN_CITY, city.country());
            place(partner, city.place());
            partner.setNotes(
                    city.reportSpelling() == null
                            ? BriefingFacts.SOURCE
                            : BriefingFacts.SOURCE + " Laporan pers menuliskannya \"" + city.reportSpelling() + "\".");
            partner = partners.save(partner);
            agreement(
                    partner,
                    Category.KSDPL,
                    null,
                    "Kerja sama sister city Kota Bandung – " + city.name(),
                    EnumSet.noneOf(CooperationField.class));
        }
    }

    private void loadTechnicalCooperation() {
        for (BriefingFacts.TechnicalPartner technical : BriefingFacts.TECHNICAL_PARTNERS) {
            Partner partner = new Partner(technical.name(), technical.kind(), technical.country());
            place(partner, technical.place());
            partner.setNotes(
                    technical.note() == null ? BriefingFacts.SOURCE : technical.note() + " " + BriefingFacts.SOURCE);
            Partner saved = partners.save(partner);
            technical
                    .programmes()
                    .forEach(title ->
                            agreement(saved, Category.KSDLL, null, title, EnumSet.noneOf(CooperationField.class)));
        }
    }

    /** The report: cooperation with the surrounding regions covers government, social affairs and the economy. */
    private void loadBorderingRegions() {
        for (BriefingFacts.BorderingRegion region : BriefingFacts.BORDERING_REGIONS) {
            Partner partner = new Partner(region.name(), region.kind(), Partner.INDONESIA);
            place(partner, region.place());
            partner.setProvince(Province.JAWA_BARAT);
            partner.setRegionCode(region.regionCode());
            partner.setBordersBandung(true);
            partner.setNotes(BriefingFacts.SOURCE);
            partner = partners.save(partner);
            agreement(
                    partner,
                    Category.KSDD,
                    Obligation.WAJIB,
                    "Kerja sama wajib Kota Bandung – " + region.name(),
                    EnumSet.of(CooperationField.PEMERINTAHAN, CooperationField.SOSIAL, CooperationField.EKONOMI));
        }
    }

    private void loadSoftware() {
        for (BriefingFacts.SharedSoftware shared : BriefingFacts.SOFTWARE) {
            Software item = new Software(shared.name(), shared.acronym(), shared.category());
            item.setDescription(shared.description() + " Termasuk yang paling banyak diadopsi daerah lain; "
                    + "direkomendasikan KPK. " + BriefingFacts.SOURCE);
            item.setKpkRecommended(true);
            software.save(item);
        }
    }

    private static void place(Partner partner, BriefingFacts.Place place) {
        partner.setLatitude(BigDecimal.valueOf(place.latitude()));
        partner.setLongitude(BigDecimal.valueOf(place.longitude()));
    }

    private void agreement(
            Partner partner, Category category, Obligation obligation, String title, EnumSet<CooperationField> fields) {
        Agreement agreement = new Agreement(partner, category, obligation, title);
        agreement.setFields(fields);
        agreement.setNotes(BriefingFacts.UNDATED + " " + BriefingFacts.SOURCE);
        // In force in 2017 by the report; its dates are not recorded, so its status is "date not recorded".
        agreement.markInForceBeforeTheRegister();
        agreements.save(agreement);
    }
}
