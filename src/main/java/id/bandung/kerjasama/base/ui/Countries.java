package id.bandung.kerjasama.base.ui;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** ISO 3166-1 alpha-2 codes with their names in the UI's language ("DE": Jerman / Germany). */
public final class Countries {

    private static final List<String> CODES =
            Arrays.stream(Locale.getISOCountries()).toList();

    private Countries() {}

    public static String name(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }

    /** Every code, sorted by its name in the given language. */
    public static List<String> sortedByName(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return CODES.stream()
                .sorted(Comparator.comparing(code -> name(code, locale), collator))
                .toList();
    }
}
