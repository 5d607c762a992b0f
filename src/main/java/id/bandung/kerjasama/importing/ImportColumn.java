package id.bandung.kerjasama.importing;

import java.util.List;

/**
 * One column of an import file: the record property it fills ({@code key}), its Indonesian header (what the
 * template writes and the file must hold), whether every row must fill it, what kind of value it takes, and an
 * example for the template's first row.
 *
 * @param choices for {@link Type#CHOICE} and {@link Type#CHOICES}: the allowed values (enum names) and the
 *     translation key prefix of their labels, or null for other types
 */
public record ImportColumn(String key, String header, boolean required, Type type, Choices choices, String example) {

    /** The kinds of values a column takes, each read as Indonesian spreadsheets hold it. */
    public enum Type {
        /** One line of text: trimmed, runs of spaces made one. */
        TEXT,
        /** Text that keeps its line breaks (notes, descriptions). */
        MULTILINE,
        /** One of {@link #choices}, by its label in either language or its code. */
        CHOICE,
        /** Any number of {@link #choices}, separated by commas, semicolons or line breaks. */
        CHOICES,
        /** 17/08/2019, 17-08-2019, 2019-08-17, 17 Agustus 2019, or an Excel date cell. */
        DATE,
        /** A decimal number with a comma or a point before the decimals (-6,9175 or -6.9175). */
        DECIMAL,
        /** Ya or Tidak (also Y/T, Yes/No, 1/0); empty is Tidak. */
        YES_NO,
        /** A two-letter ISO country code or the country's name; empty is Indonesia. */
        COUNTRY,
        /** A Kemendagri region code such as 32.77. */
        REGION_CODE
    }

    /** The values a choice column allows: enum constant names, and where their labels are translated. */
    public record Choices(List<String> values, String labelKeyPrefix) {

        public static Choices of(Class<? extends Enum<?>> type, String labelKeyPrefix) {
            return new Choices(
                    java.util.Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .toList(),
                    labelKeyPrefix);
        }
    }

    static ImportColumn required(String key, String header, Type type, String example) {
        return new ImportColumn(key, header, true, type, null, example);
    }

    static ImportColumn optional(String key, String header, Type type, String example) {
        return new ImportColumn(key, header, false, type, null, example);
    }

    static ImportColumn choice(String key, String header, boolean required, Choices choices, String example) {
        return new ImportColumn(key, header, required, Type.CHOICE, choices, example);
    }
}
