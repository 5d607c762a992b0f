package id.bandung.kerjasama.dashboard;

import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** The statistics the mayor's office watches, all counted in SQL. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private final DashboardRepository repository;
    private final Clock clock;

    DashboardService(DashboardRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @PreAuthorize(Roles.ANY_SIGNED_IN)
    public HomeFigures homeFigures() {
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        repository.partnersPerCategory().forEach(row -> byCategory.put(row.getCategory(), row.getPartners()));
        DashboardRepository.Totals totals = repository.totals(LocalDate.now(clock));
        return new HomeFigures(totals.getPartners(), Map.copyOf(byCategory), totals.getAgreements(),
                totals.getAgreementsInForce(), totals.getSoftware(), totals.getAdoptions());
    }
}
