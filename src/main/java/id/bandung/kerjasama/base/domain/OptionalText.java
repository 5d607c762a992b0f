package id.bandung.kerjasama.base.domain;

/** Optional text as stored: what a person left blank is absent (null), never an empty string. */
public final class OptionalText {

    private OptionalText() {}

    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
