package id.bandung.kerjasama.dashboard;

import id.bandung.kerjasama.agreement.Category;

import java.util.Map;

/**
 * The headline counts of the home view, each computed by the database.
 *
 * @param partnersByCategory partners with at least one agreement of each category (a partner may count in several)
 * @param agreementsInForce  agreements signed, not ended and not terminated (active or expiring)
 */
public record HomeFigures(long partners,
                          Map<Category, Long> partnersByCategory,
                          long agreements,
                          long agreementsInForce,
                          long software,
                          long adoptions) {

    public long partnersIn(Category category) {
        return partnersByCategory.getOrDefault(category, 0L);
    }
}
