package id.bandung.kerjasama.dashboard;

import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.dashboard.DashboardService.CategoryKey;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.software.AdoptionStatus;
import java.time.Instant;
import java.util.List;

/** Everything the dashboard shows, computed together. */
public record DashboardFigures(
        HeadlineFigures headline,
        List<Count<String>> partnersByCountry,
        List<Count<CategoryKey>> agreementsByCategory,
        List<Count<CooperationField>> agreementsByField,
        List<YearCount> signedPerYear,
        List<SoftwareCount> mostAdoptedSoftware,
        List<Count<AdoptionStatus>> adoptionsByStatus,
        List<Count<Province>> partnersByProvince,
        List<Count<AgreementStatus>> agreementsByStatus,
        Instant computedAt) {}
