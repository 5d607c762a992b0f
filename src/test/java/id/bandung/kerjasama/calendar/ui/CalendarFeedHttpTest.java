package id.bandung.kerjasama.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.calendar.CalendarFeedService;
import id.bandung.kerjasama.calendar.CalendarQueries;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.IntegrationTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The feed over HTTP, through the app's security filters, with no session: a valid token gives an iCalendar file that
 * parses back to the entries with their texts intact; a revoked, wrong or malformed token gives 404 and nothing else.
 * The requests run in the test's thread and transaction, so they see its records.
 */
@IntegrationTest
class CalendarFeedHttpTest {

    /** A stored title with what RFC 5545 must escape, and markup that must stay text. */
    static final String HOSTILE_TITLE = "Air, sanitasi; dan \\\\ drainase\nbaris dua <script>alert(1)</script>";

    @Autowired
    WebApplicationContext web;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    AgreementService agreements;

    @Autowired
    PartnerService partners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    MockMvc http;
    LocalDate today;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        today = LocalDate.now(clock);
    }

    @Test
    void a_valid_token_gives_a_calendar_with_one_all_day_event_per_entry_and_escaped_texts() throws Exception {
        Partner partner = SignIn.as(
                Roles.STAFF,
                () -> partners.save(new Partner(Records.unique("Kota Umpan"), PartnerKind.FOREIGN_CITY, "KR")));
        Agreement agreement = new Agreement(partner, Category.KSDPL, null, "Sister city umpan");
        agreement.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA);
        agreement.setFields(EnumSet.of(CooperationField.PARIWISATA));
        LocalDate start = today.minusMonths(6);
        LocalDate end = today.plusMonths(8);
        agreement.setSignedOn(start);
        agreement.setStartOn(start);
        agreement.setEndOn(end);
        long id = SignIn.as(Roles.STAFF, () -> agreements.save(agreement)).getId();
        // Texts the forms refuse (a line break in a title) may still come from elsewhere, an import or the database.
        jdbc.update("update agreement set title = ? where id = ?", HOSTILE_TITLE, id);
        String token = token(SignIn.as("staf", Roles.STAFF, feeds::create));

        MockHttpServletResponse response = http.perform(get("/calendar/feed/" + token + ".ics"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(response.getHeader("Set-Cookie")).isNull();
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("\r\nVERSION:2.0\r\n", "\r\nPRODID:-//Pemerintah Kota Bandung//Kerja Sama Bandung//ID\r\n")
                .contains("\r\nX-WR-CALNAME:Kerja Sama Bandung\r\n", "\r\nX-WR-TIMEZONE:Asia/Jakarta\r\n")
                .contains("SUMMARY:Berakhir: Air\\, sanitasi\\; dan \\\\\\\\ drainase\\nbaris dua <script>")
                .contains("\r\nDTSTART;VALUE=DATE:" + basic(end) + "\r\n")
                .doesNotContain(token);

        ICalendar calendar = Biweekly.parse(text).first();
        List<VEvent> events = calendar.getEvents();
        assertThat(events)
                .extracting(event -> event.getUid().getValue())
                .containsExactly(
                        "extension-" + id + "@kerjasama.bandung.go.id",
                        "report-" + id + "@kerjasama.bandung.go.id",
                        "end-" + id + "@kerjasama.bandung.go.id");
        VEvent ending = events.get(2);
        assertThat(ending.getSummary().getValue()).isEqualTo("Berakhir: " + HOSTILE_TITLE);
        assertThat(ending.getDescription().getValue())
                .isEqualTo(HOSTILE_TITLE + "\nMitra: " + partner.getName() + "\nKategori: Sister city\n"
                        + "http://localhost:8080/agreements/" + id);
        assertThat(ending.getUrl().getValue()).isEqualTo("http://localhost:8080/agreements/" + id);
        assertThat(ending.getDateStart().getValue().hasTime()).isFalse();
        assertThat(ending.getDateStart().getValue().getRawComponents().toString(false, false))
                .isEqualTo(basic(end));
        assertThat(ending.getDateTimeStamp()).isNotNull();
        assertThat(events.get(0).getSummary().getValue()).startsWith("Batas usulan perpanjangan: Air, sanitasi;");
        assertThat(events.get(0).getDateStart().getValue().getRawComponents().toString(false, false))
                .isEqualTo(basic(end.minus(CalendarQueries.EXTENSION_LEAD)));
        assertThat(events.get(1).getSummary().getValue()).startsWith("Laporan Monev jatuh tempo: Air, sanitasi;");
    }

    @Test
    void a_revoked_a_wrong_and_a_malformed_token_answer_not_found_with_nothing_else() throws Exception {
        String token = token(SignIn.as("staf", Roles.STAFF, feeds::create));
        assertThat(status("/calendar/feed/" + token + ".ics")).isEqualTo(200);

        SignIn.as("staf", Roles.STAFF, feeds::revoke);

        assertNotFound("/calendar/feed/" + token + ".ics");
        assertNotFound("/calendar/feed/" + "A".repeat(43) + ".ics");
        assertNotFound("/calendar/feed/salah-ketik.ics");
        String renewed = token(SignIn.as("staf", Roles.STAFF, feeds::create));
        assertThat(status("/calendar/feed/" + renewed + ".ics")).isEqualTo(200);
    }

    @Test
    void only_reading_the_feed_is_open_without_signing_in() throws Exception {
        String token = token(SignIn.as("staf", Roles.STAFF, feeds::create));

        MockHttpServletResponse written = http.perform(post("/calendar/feed/" + token + ".ics"))
                .andReturn()
                .getResponse();
        MockHttpServletResponse elsewhere = http.perform(get("/calendar/other/" + token + ".ics"))
                .andReturn()
                .getResponse();

        assertThat(written.getStatus()).isEqualTo(403);
        assertThat(elsewhere.getStatus()).isEqualTo(302);
        assertThat(elsewhere.getRedirectedUrl()).endsWith("/login");
    }

    private void assertNotFound(String path) throws Exception {
        MockHttpServletResponse response = http.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(404);
        assertThat(response.getContentAsString()).isEmpty();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    private int status(String path) throws Exception {
        return http.perform(get(path)).andReturn().getResponse().getStatus();
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private static String basic(LocalDate date) {
        return date.toString().replace("-", "");
    }
}
