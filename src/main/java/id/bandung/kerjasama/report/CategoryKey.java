package id.bandung.kerjasama.report;

import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.Obligation;
import java.util.List;

/** A row of the report's tables: a PP 28/2018 category, regional cooperation split into mandatory and voluntary. */
public record CategoryKey(Category category, Obligation obligation) {

    /** Every row, in the order the report shows them. */
    public static final List<CategoryKey> ALL = List.of(
            new CategoryKey(Category.KSDD, Obligation.WAJIB),
            new CategoryKey(Category.KSDD, Obligation.SUKARELA),
            new CategoryKey(Category.KSDPK, null),
            new CategoryKey(Category.KSDPL, null),
            new CategoryKey(Category.KSDLL, null));

    static CategoryKey of(String category, String obligation) {
        return new CategoryKey(Category.valueOf(category), obligation == null ? null : Obligation.valueOf(obligation));
    }
}
