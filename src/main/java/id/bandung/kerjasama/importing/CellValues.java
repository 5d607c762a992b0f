package id.bandung.kerjasama.importing;

import id.bandung.kerjasama.importing.SheetReader.Cell;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one cell's value as Indonesian spreadsheets hold it. Each method returns the value, null for an empty cell,
 * or throws {@link Refused} with the message key of what is wrong.
 */
final class CellValues {

    /** A value that cannot be read; the message key (with its arguments) says why. */
    static final class Refused extends RuntimeException {
        final String messageKey;
        final transient Object[] arguments;

        Refused(String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }
    }

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.]\\d*)?|[.]\\d+)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_MONTH_NAME_YEAR = Pattern.compile("(\\d{1,2})\\s+([\\p{L}.]+)\\s+(\\d{4})");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1),
            Map.entry("jan", 1),
            Map.entry("january", 1),
            Map.entry("februari", 2),
            Map.entry("feb", 2),
            Map.entry("pebruari", 2),
            Map.entry("february", 2),
            Map.entry("maret", 3),
            Map.entry("mar", 3),
            Map.entry("march", 3),
            Map.entry("april", 4),
            Map.entry("apr", 4),
            Map.entry("mei", 5),
            Map.entry("may", 5),
            Map.entry("juni", 6),
            Map.entry("jun", 6),
            Map.entry("june", 6),
            Map.entry("juli", 7),
            Map.entry("jul", 7),
            Map.entry("july", 7),
            Map.entry("agustus", 8),
            Map.entry("agu", 8),
            Map.entry("agt", 8),
            Map.entry("aug", 8),
            Map.entry("august", 8),
            Map.entry("september", 9),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oktober", 10),
            Map.entry("okt", 10),
            Map.entry("oct", 10),
            Map.entry("october", 10),
            Map.entry("november", 11),
            Map.entry("nov", 11),
            Map.entry("nopember", 11),
            Map.entry("desember", 12),
            Map.entry("des", 12),
            Map.entry("dec", 12),
            Map.entry("december", 12));

    private CellValues() {}

    /** One line: cleaned, trimmed, runs of white space made one space; null when empty. */
    static String text(Cell cell) {
        refuseFormula(cell);
        String text = SheetReader.singleSpaced(SheetReader.clean(cell.text()));
        return text.isEmpty() ? null : text;
    }

    /** Text that keeps its line breaks: each line trimmed, Windows line ends made plain; null when empty. */
    static String multiline(Cell cell) {
        refuseFormula(cell);
        String text = SheetReader.clean(cell.text()).replace("\r\n", "\n").replace('\r', '\n');
        text = text.lines()
                .map(String::strip)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("")
                .strip();
        return text.isEmpty() ? null : text;
    }

    /** 17/08/2019, 17-08-2019, 17.08.2019, 2019-08-17, 17 Agustus 2019, or an Excel date cell. */
    static LocalDate date(Cell cell) {
        refuseFormula(cell);
        if (cell.type() == Cell.Type.DATE) {
            return LocalDate.parse(cell.text());
        }
        String text = text(cell);
        if (text == null) {
            return null;
        }
        if (cell.type() == Cell.Type.NUMBER) {
            throw new Refused("import.value.date-number");
        }
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(text);
            if (m.matches()) {
                return LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = YEAR_MONTH_DAY.matcher(text);
            if (m.matches()) {
                return LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = DAY_MONTH_NAME_YEAR.matcher(text);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT).replace(".", ""));
                if (month != null) {
                    return LocalDate.of(year(m.group(3)), month, Integer.parseInt(m.group(1)));
                }
            }
        } catch (DateTimeException e) {
            throw new Refused("import.value.date-impossible");
        }
        throw new Refused("import.value.date");
    }

    private static int year(String text) {
        int year = Integer.parseInt(text);
        if (year < 1900 || year > 2200) {
            throw new DateTimeException("year out of range");
        }
        return year;
    }

    /**
     * A decimal number: {@code -6,9175} and {@code -6.9175} are the same, {@code 1.234,5} is 1234.5; a number cell
     * as it is.
     */
    static BigDecimal decimal(Cell cell) {
        refuseFormula(cell);
        String text = text(cell);
        if (text == null) {
            return null;
        }
        String plain = text.replace(" ", "").replace('\u2212', '-');
        if (cell.type() != Cell.Type.NUMBER) {
            int comma = plain.lastIndexOf(',');
            int point = plain.lastIndexOf('.');
            if (comma >= 0 && point >= 0) {
                plain = comma > point ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
            } else if (comma >= 0) {
                if (plain.indexOf(',') != comma) {
                    throw new Refused("import.value.number");
                }
                plain = plain.replace(',', '.');
            }
        }
        if (!DECIMAL.matcher(plain).matches()) {
            throw new Refused("import.value.number");
        }
        return new BigDecimal(plain);
    }

    /** Ya/Tidak, Y/T, Yes/No, Benar/Salah, True/False, 1/0, a checkbox's TRUE/FALSE; empty is no. */
    static boolean yesNo(Cell cell) {
        refuseFormula(cell);
        String text = text(cell);
        if (text == null) {
            return false;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "ya", "y", "yes", "benar", "true", "1", "v", "✓", "x" -> true;
            case "tidak", "t", "no", "n", "salah", "false", "0", "-" -> false;
            default -> throw new Refused("import.value.yes-no");
        };
    }

    /** A Kemendagri code: 32, 32.77 (also 3277 or 32.7 typed as a number by a spreadsheet is refused). */
    static String regionCode(Cell cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        if (cell.type() == Cell.Type.NUMBER && text.matches("\\d{2}[.]\\d")) {
            text = text + "0"; // 32.10 typed into a number cell is stored as 32.1
        }
        if (text.matches("\\d{4}")) {
            text = text.substring(0, 2) + "." + text.substring(2);
        }
        if (!text.matches("\\d{2}([.]\\d{2})?")) {
            throw new Refused("import.value.region-code");
        }
        return text;
    }

    /** A value that a spreadsheet computes is not a value the register can trust; nor is an error cell. */
    static void refuseFormula(Cell cell) {
        if (cell.type() == Cell.Type.FORMULA) {
            throw new Refused("import.value.formula");
        }
        if (cell.type() == Cell.Type.ERROR) {
            throw new Refused("import.value.error-cell");
        }
    }
}
