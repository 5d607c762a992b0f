package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The UI's languages: Bahasa Indonesia by default, English second; the choice is kept in a cookie. */
public final class Languages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);
    static final String COOKIE = "kerjasama-lang";
    private static final String SESSION_ATTRIBUTE = Languages.class.getName();

    private Languages() {}

    /** The supported locale with the language of a tag such as "en" or "id-ID", if any. */
    public static Optional<Locale> byTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst();
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /**
     * The language for a new UI: the request's {@code ?lang=} parameter, else the choice made earlier in this session,
     * else the cookie of an earlier visit, else Indonesian.
     */
    static Locale of(VaadinRequest request, VaadinSession session) {
        if (request == null) {
            return INDONESIAN;
        }
        return byTag(request.getParameter("lang"))
                .or(() -> Optional.ofNullable(session).map(s -> (Locale) s.getAttribute(SESSION_ATTRIBUTE)))
                .or(() -> Optional.ofNullable(request.getCookies()).stream()
                        .flatMap(Arrays::stream)
                        .filter(cookie -> COOKIE.equals(cookie.getName()))
                        .findFirst()
                        .flatMap(cookie -> byTag(cookie.getValue())))
                .orElse(INDONESIAN);
    }

    /** Keeps the choice for this session and, in a cookie, for later visits (on the sign-in page too). */
    static void remember(Locale locale, VaadinSession session, VaadinResponse response) {
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, locale);
        }
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }
}
