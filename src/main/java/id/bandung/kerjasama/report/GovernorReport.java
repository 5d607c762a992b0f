package id.bandung.kerjasama.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The governor's report for a period: the figures per category (every row of {@link CategoryKey#ALL}, zeros
 * included) and their total, the compliance warnings of the agreements it concerns, and how many agreements it
 * concerns (the rows of its detail list).
 *
 * @param asOf       the day the state figures are taken on ({@link ReportPeriod#asOf})
 * @param concerned  agreements in force on some day of the period, or ended or terminated in it
 */
public record GovernorReport(
        ReportPeriod period,
        LocalDate asOf,
        List<CategoryFigures> categories,
        CategoryFigures total,
        List<WarningCount> warnings,
        long concerned) {

    /** Nothing to report: no agreement concerns the period and no report was written in it. */
    public boolean isEmpty() {
        return concerned == 0 && total.isEmpty();
    }
}
