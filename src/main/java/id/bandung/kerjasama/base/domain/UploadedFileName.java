package id.bandung.kerjasama.base.domain;

import java.util.Locale;

/**
 * The name an uploaded file is kept and served under: the file's own name without any path, control or invisible
 * formatting characters (a right-to-left override would make "gpj.exe" read as "exe.jpg"), at most 255 characters,
 * ending as its checked content says.
 */
public final class UploadedFileName {

    public static final int MAX = 255;

    private UploadedFileName() {}

    /**
     * @param fallback the name when nothing is left, without its ending
     * @param ending   the ending the content calls for, such as {@code .pdf}
     * @param alsoFine other endings that mean the same, such as {@code .jpeg} for {@code .jpg}
     */
    public static String clean(String uploaded, String fallback, String ending, String... alsoFine) {
        String name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "")
                .strip();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean ends = lower.endsWith(ending);
        for (String other : alsoFine) {
            ends |= lower.endsWith(other);
        }
        if (name.isEmpty()) {
            name = fallback + ending;
        } else if (!ends) {
            name = name + ending;
        }
        return name.length() > MAX ? name.substring(name.length() - MAX) : name;
    }
}
