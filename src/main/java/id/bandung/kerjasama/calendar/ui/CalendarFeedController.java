package id.bandung.kerjasama.calendar.ui;

import id.bandung.kerjasama.base.ui.TranslationProvider;
import id.bandung.kerjasama.calendar.CalendarFeedService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personal calendar feed at {@value #PATH}: what a calendar program subscribes to. Outside Vaadin, open to
 * anonymous requests (GET only, {@code SecurityConfig}); the token is the credential. A token that names no feed in
 * use, or a feed whose owner's account is disabled, answers 404 with nothing else, as a mistyped one does. The file
 * covers {@link #PAST} back and {@link #AHEAD} ahead of today.
 */
@RestController
class CalendarFeedController {

    static final String PATH = "/calendar/feed/{token}.ics";
    static final Period PAST = Period.ofMonths(1);
    static final Period AHEAD = Period.ofMonths(18);
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;
    private final TranslationProvider translations;
    private final Clock clock;
    private final String publicUrl;

    CalendarFeedController(
            CalendarFeedService feeds,
            TranslationProvider translations,
            Clock clock,
            @Value("${app.public-url}") String publicUrl) {
        this.feeds = feeds;
        this.translations = translations;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping(PATH)
    ResponseEntity<String> feed(@PathVariable String token) {
        LocalDate today = LocalDate.now(clock);
        return feeds.entries(token, today.minus(PAST), today.plus(AHEAD))
                .map(entries -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .body(CalendarIcs.write(
                                entries.entries(),
                                clock.instant(),
                                publicUrl,
                                (key, parameters) ->
                                        translations.getTranslation(key, CalendarIcs.LANGUAGE, parameters))))
                .orElseGet(() -> ResponseEntity.notFound()
                        .cacheControl(CacheControl.noStore())
                        .build());
    }
}
