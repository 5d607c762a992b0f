package id.bandung.kerjasama.presentation;

import java.util.regex.Pattern;

/**
 * Takes display-link and calendar-feed tokens out of text bound for a log. Whoever holds a token sees the figures or
 * the calendar, so it is a credential; logs are read by more people, kept longer and copied further than the database,
 * which stores only hashes. Every log line passes through here (see {@code logback-spring.xml} and the access log), whatever wrote it:
 * Vaadin's router, Spring Security's debug output, the error page, an exception's message, Tomcat.
 */
public final class TokenRedaction {

    public static final String MASK = "[token]";

    /**
     * The segment after {@code display/} when it begins a path ({@code GET /display/…}, {@code 'display/…'}),
     * follows a host ({@code http://host:8080/display/…}) or is URL-encoded in a parameter (Vaadin's client sends
     * {@code location=display%2F…}); a folder named display deeper in a file path is left alone.
     */
    private static final Pattern AFTER_DISPLAY = Pattern.compile(
            "(?:(?<![^\\s\"'=(\\[{,;])|(?<=//[^/\\s\"']{1,255}))(/?display(?:/|%2F|%2f))[^/?#&\\s\"'<>;,)\\]]+");
    /**
     * The segment after {@code calendar/feed/} (a personal calendar feed, {@code /calendar/feed/<token>.ics}), wherever
     * it stands, also URL-encoded; the whole segment goes, so a mistyped token of any length leaves nothing behind.
     */
    private static final Pattern AFTER_CALENDAR_FEED =
            Pattern.compile("(calendar(?:/|%2F|%2f)feed(?:/|%2F|%2f))[^/?#&\\s\"'<>;,)\\]]+");
    /** A token on its own: exactly 43 URL-safe Base64 characters, as {@link DisplayLinkService} makes them. */
    private static final Pattern BARE_TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

    private TokenRedaction() {}

    public static String redact(String text) {
        if (text == null || text.length() < 8) {
            return text;
        }
        String result = text;
        if (result.contains("display")) {
            result = AFTER_DISPLAY.matcher(result).replaceAll("$1" + MASK);
        }
        if (result.contains("feed")) {
            result = AFTER_CALENDAR_FEED.matcher(result).replaceAll("$1" + MASK);
        }
        return BARE_TOKEN.matcher(result).replaceAll(MASK);
    }
}
