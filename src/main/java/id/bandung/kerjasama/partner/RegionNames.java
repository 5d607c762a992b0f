package id.bandung.kerjasama.partner;

import java.util.Locale;

/** How a typed region name is compared with the official list's names. */
public final class RegionNames {

    private RegionNames() {}

    /** Lower case, single spaces, and the short forms "kab." and "prov." read in full. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .replaceFirst("^kab([.] ?| )", "kabupaten ")
                .replaceFirst("^(prov[.] ?|provinsi )", "");
    }
}
