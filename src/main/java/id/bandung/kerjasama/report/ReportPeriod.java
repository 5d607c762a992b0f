package id.bandung.kerjasama.report;

import java.time.LocalDate;

/**
 * The period a governor's report covers: the first half of a year (January to June), the second (July to
 * December), or the whole year.
 */
public record ReportPeriod(int year, Part part) {

    /** Which part of the year. */
    public enum Part {
        FIRST_HALF,
        SECOND_HALF,
        WHOLE_YEAR
    }

    public static ReportPeriod of(int year, Part part) {
        return new ReportPeriod(year, part);
    }

    /** The last half-year that has ended by {@code today}: the default a report is made for. */
    public static ReportPeriod lastCompletedHalf(LocalDate today) {
        return today.getMonthValue() > 6
                ? new ReportPeriod(today.getYear(), Part.FIRST_HALF)
                : new ReportPeriod(today.getYear() - 1, Part.SECOND_HALF);
    }

    public LocalDate from() {
        return LocalDate.of(year, part == Part.SECOND_HALF ? 7 : 1, 1);
    }

    public LocalDate to() {
        return part == Part.FIRST_HALF ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /**
     * The day the report's state figures (in force, Monev overdue) are taken on: the period's last day, or
     * {@code today} while the period is still running.
     */
    public LocalDate asOf(LocalDate today) {
        return today.isBefore(to()) ? today : to();
    }

    /** Whether the period has begun by {@code today}: a report is made only for such a period. */
    public boolean hasBegun(LocalDate today) {
        return !today.isBefore(from());
    }

    /** {@code laporan-gubernur-2026-s1}, {@code laporan-gubernur-2026-s2}, {@code laporan-gubernur-2026}. */
    public String fileBaseName() {
        return "laporan-gubernur-" + year
                + switch (part) {
                    case FIRST_HALF -> "-s1";
                    case SECOND_HALF -> "-s2";
                    case WHOLE_YEAR -> "";
                };
    }
}
