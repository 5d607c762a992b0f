package id.bandung.kerjasama.importing;

/**
 * What is wrong with one value of an import file, in the language of the screen that asked.
 *
 * @param row the spreadsheet's row number (the header is row 1)
 * @param column the column's header, or empty when the problem is the whole row's
 * @param value the cell's text as the file holds it, shortened for the screen; empty when the cell is empty
 * @param message what is wrong and, where it helps, how to put it right
 */
public record ImportProblem(int row, String column, String value, String message) {

    static final int VALUE_SHOWN = 80;

    static ImportProblem of(int row, String column, String value, String message) {
        String shown = visible(value == null ? "" : value.strip());
        if (shown.codePointCount(0, shown.length()) > VALUE_SHOWN) {
            shown = shown.substring(0, shown.offsetByCodePoints(0, VALUE_SHOWN - 1)) + "…";
        }
        return new ImportProblem(row, column == null ? "" : column, shown, message);
    }

    /**
     * Text from a file as a screen may show it: characters that are invisible or change how the text around them
     * reads (control and format characters, the classes {@code UploadedFileName} removes: direction overrides and
     * isolates, zero-width ones) are written out as
     * {@code [U+202E]}, so "balik" with an override before it does not show as "kilab"; line breaks become spaces.
     */
    public static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                shown.append(' ');
            } else if (Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE) {
                shown.append(String.format("[U+%04X]", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }
}
