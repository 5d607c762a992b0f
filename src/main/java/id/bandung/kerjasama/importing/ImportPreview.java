package id.bandung.kerjasama.importing;

import java.util.List;

/**
 * What an import file would do, before anything is written: each data row's outcome and every problem found.
 *
 * @param rows every data row, in the file's order
 * @param problems every problem, by row (at most {@link #MAX_PROBLEMS}; {@code problemCount} counts them all)
 * @param ignoredColumns headers the file holds that the record type does not know; their values are not read
 * @param notice a message about the whole file (such as the encoding it was read in), or null
 */
public record ImportPreview(
        ImportKind kind,
        String fileName,
        List<Row> rows,
        List<ImportProblem> problems,
        int problemCount,
        List<String> ignoredColumns,
        String notice) {

    static final int MAX_PROBLEMS = 5_000;

    /** What becomes of one data row. */
    public enum Action {
        /** A new record. */
        CREATE,
        /** The record is already in the register (same region code, name and country, number…); left as it is. */
        MATCH,
        /** The row has problems; the file cannot be imported until they are put right. */
        PROBLEM
    }

    /**
     * One data row's outcome.
     *
     * @param label what the row is (a name, a title), as the file gives it
     * @param matchedId the existing record a {@link Action#MATCH} row is, or null
     */
    public record Row(int row, Action action, String label, Long matchedId) {}

    public long count(Action action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }

    /** Whether the file can be imported: it has data rows and no problem. */
    public boolean importable() {
        return problemCount == 0 && !rows.isEmpty();
    }
}
