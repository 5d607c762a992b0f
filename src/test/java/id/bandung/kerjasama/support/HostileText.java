package id.bandung.kerjasama.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a hostile (or careless) colleague types into a text field, and what the app must do with it: store and show
 * it literally, or refuse it at the field with a sentence in the UI's language (here Indonesian, the default). The
 * script payloads set {@code window.__xss}, so a browser test can tell whether any of them ever ran.
 *
 * @param label a short name for reports and screenshots
 * @param text  what is typed
 * @param kind  how the app must answer it
 */
public record HostileText(String label, String text, Kind kind) {

    /** The flag every script payload sets. */
    public static final String FLAG = "window.__xss";

    public enum Kind {
        /** Stored and shown exactly as typed (in a web address, refused unless it is http/https). */
        LITERAL,
        /** A line break or tab: kept in notes, refused in a one-line field. */
        MULTILINE_ONLY,
        /** Refused everywhere: control characters, direction overrides, broken characters, far too long. */
        REFUSED
    }

    /** A field under test: its length limit and whether it is one line, notes, or a web address. */
    public record Field(String label, int max, boolean multiline, boolean webAddress) {

        public static Field line(String label, int max) {
            return new Field(label, max, false, false);
        }

        public static Field notes(String label, int max) {
            return new Field(label, max, true, false);
        }

        public static Field webAddress(String label, int max) {
            return new Field(label, max, false, true);
        }
    }

    public static final HostileText BOLD = literal("markup", "<b>x</b> tebal");
    public static final HostileText IMAGE =
            literal("img-onerror", "<img src=x onerror=\"window.__xss=1\">Aplikasi Uji");
    public static final HostileText SCRIPT = literal("script", "<script>window.__xss=1</script>");
    public static final HostileText JAVASCRIPT_URL = literal("javascript-url", "javascript:window.__xss=1");
    public static final HostileText DATA_URL = literal("data-url", "data:text/html,<script>window.__xss=1</script>");
    public static final HostileText EVENT_ATTRIBUTE = literal("event-attribute", "\" onmouseover=\"window.__xss=1");
    public static final HostileText SINGLE_QUOTE_ATTRIBUTE =
            literal("single-quote-attribute", "x' onfocus='window.__xss=1' autofocus='");
    public static final HostileText EMOJI = literal("emoji", "Kota 🏙️ Bandung 👩‍👩‍👧 🇮🇩");
    public static final HostileText ARABIC = literal("arabic", "مدينة باندونغ");
    public static final HostileText HEBREW = literal("hebrew", "עיריית בנדונג 2026");
    public static final HostileText NUL = refused("nul", "Kota\u0000Bandung");
    public static final HostileText BELL_ESCAPE = refused("bell-escape", "Kota\u0007\u001B[31mMerah");
    public static final HostileText DELETE = refused("delete", "Kota\u007FBandung");
    public static final HostileText C1_NEXT_LINE = refused("c1-next-line", "Kota\u0085Bandung");
    public static final HostileText RIGHT_TO_LEFT_OVERRIDE = refused("rtl-override", "Kota \u202Egnudnab");
    public static final HostileText ISOLATE = refused("direction-isolate", "Kota \u2067باندونغ\u2069");
    public static final HostileText LONE_SURROGATE = refused("lone-surrogate", "Kota \uD83D");
    public static final HostileText TEN_THOUSAND = refused("10000-characters", "x".repeat(10_000));
    public static final HostileText LINE_BREAK =
            new HostileText("line-break", "Baris satu\nBaris dua", Kind.MULTILINE_ONLY);
    public static final HostileText TAB = new HostileText("tab", "Kolom\tdua", Kind.MULTILINE_ONLY);

    /** Every value above; a browser cannot send half a surrogate pair, so the browser test leaves that one out. */
    public static List<HostileText> all() {
        return List.of(
                BOLD,
                IMAGE,
                SCRIPT,
                JAVASCRIPT_URL,
                DATA_URL,
                EVENT_ATTRIBUTE,
                SINGLE_QUOTE_ATTRIBUTE,
                EMOJI,
                ARABIC,
                HEBREW,
                NUL,
                BELL_ESCAPE,
                DELETE,
                C1_NEXT_LINE,
                RIGHT_TO_LEFT_OVERRIDE,
                ISOLATE,
                LONE_SURROGATE,
                TEN_THOUSAND,
                LINE_BREAK,
                TAB);
    }

    public static final HostileText WEB_ADDRESS_WITH_QUERY =
            literal("https-address", "https://bandung.go.id/cari?q=kota&tahun=2026#hasil");
    public static final HostileText WEB_ADDRESS_NON_LATIN =
            literal("http-address-non-latin", "HTTP://suwon.go.kr/자매도시/باندونغ");
    public static final HostileText JAVASCRIPT_URL_MIXED_CASE =
            literal("javascript-url-mixed-case", "JaVaScRiPt:window.__xss=1");
    public static final HostileText ADDRESS_BREAKING_OUT =
            literal("address-breaking-out", "https://x.example/\" onmouseover=\"window.__xss=1");

    /**
     * {@link #all()} and the two at the field's length limit: an emoji as the last character, and one more; a web
     * address field gets good and bad addresses besides.
     */
    public static List<HostileText> forField(Field field) {
        List<HostileText> values = new ArrayList<>(all());
        String prefix = field.webAddress() ? "https://bandung.go.id/" : "";
        values.add(literal("emoji-at-limit", prefix + "a".repeat(field.max() - prefix.length() - 1) + "😀"));
        values.add(refused("emoji-over-limit", prefix + "a".repeat(field.max() - prefix.length()) + "😀"));
        if (field.webAddress()) {
            values.addAll(List.of(
                    WEB_ADDRESS_WITH_QUERY, WEB_ADDRESS_NON_LATIN, JAVASCRIPT_URL_MIXED_CASE, ADDRESS_BREAKING_OUT));
        }
        return values;
    }

    /** What typing this into the field must store (empty), or else the Indonesian message at the field. */
    public Optional<String> refusalAt(Field field) {
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int point = points[i];
            String at = String.format("U+%04X", point) + " pada karakter nomor " + (i + 1);
            if (point >= 0x202A && point <= 0x202E || point >= 0x2066 && point <= 0x2069) {
                return Optional.of("Berisi karakter pengatur arah teks tak terlihat " + at
                        + ", yang membuat teks terbaca lain dari yang tersimpan; hapus karakter itu");
            }
            if (Character.isBmpCodePoint(point) && Character.isSurrogate((char) point)) {
                return Optional.of("Berisi karakter rusak (separuh emoji atau simbol) pada karakter nomor " + (i + 1)
                        + "; hapus karakter itu");
            }
            boolean lineOrTab = point == '\n' || point == '\t';
            if (Character.getType(point) == Character.CONTROL && !(field.multiline() && lineOrTab)) {
                return Optional.of("Berisi karakter kontrol tak terlihat " + at + "; hapus karakter itu "
                        + (field.multiline()
                                ? "(di sini hanya ganti baris dan tab yang boleh)"
                                : "(isian ini satu baris: tanpa ganti baris atau tab)"));
            }
        }
        if (points.length > field.max()) {
            return Optional.of("Paling banyak " + field.max() + " karakter; yang diisi " + points.length);
        }
        if (field.webAddress() && !text.toLowerCase(java.util.Locale.ROOT).matches("https?://[^ \"<>]+")) {
            return Optional.of(WEB_ADDRESS);
        }
        return Optional.empty();
    }

    /** The message a web-address field shows for what is no http/https address (possibly instead of another). */
    public static final String WEB_ADDRESS =
            "Isi alamat web yang diawali http:// atau https://, tanpa spasi, tanda kutip, atau tanda < >";

    private static HostileText literal(String label, String text) {
        return new HostileText(label, text, Kind.LITERAL);
    }

    private static HostileText refused(String label, String text) {
        return new HostileText(label, text, Kind.REFUSED);
    }

    @Override
    public String toString() {
        return label;
    }
}
