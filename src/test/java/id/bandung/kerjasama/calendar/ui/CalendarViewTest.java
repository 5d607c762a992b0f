package id.bandung.kerjasama.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Languages;
import id.bandung.kerjasama.base.ui.LightText;
import id.bandung.kerjasama.calendar.CalendarFeedService;
import id.bandung.kerjasama.calendar.CalendarQueries;
import id.bandung.kerjasama.live.ServerPush;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.PartnerService;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.support.CommittingTest;
import id.bandung.kerjasama.support.KaribuTest;
import id.bandung.kerjasama.support.Records;
import id.bandung.kerjasama.support.SignIn;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar view: entries grouped by month under their Indonesian names, late ones first, each a link to its
 * agreement; the range from the URL; the feed made, shown once, revoked and made again. The view loads on another
 * thread, so the records are committed (and removed afterwards).
 */
@CommittingTest
class CalendarViewTest extends KaribuTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    PartnerService partners;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    Clock clock;

    @Test
    void with_nothing_dated_the_calendar_says_nothing_is_due() {
        signIn("pimpinan");
        navigate("calendar");
        CalendarView view = loaded();

        assertThat(headings()).isEmpty();
        assertThat(LightText.get(_get(Paragraph.class, spec -> spec.withClasses("calendar-empty"))))
                .isEqualTo("Tidak ada yang jatuh tempo dalam 6 bulan ke depan, dan tidak ada yang terlambat.");
        assertThat(view.months.getValue()).isEqualTo(6);
    }

    @Test
    void entries_are_grouped_by_month_with_the_late_ones_first_and_each_leads_to_its_agreement() {
        LocalDate today = LocalDate.now(clock);
        Partner partner = SignIn.as(
                Roles.STAFF,
                () -> partners.save(new Partner(Records.unique("Kota Tenggat"), PartnerKind.FOREIGN_CITY, "JP")));
        LocalDate end = today.plusMonths(4);
        Agreement agreement = agreement(partner, "Sister city tenggat", today.minusMonths(7), end);
        LocalDate deadline = end.minus(CalendarQueries.EXTENSION_LEAD);

        signIn("staf");
        navigate("calendar");
        loaded();

        assertThat(headings()).containsExactly("Terlambat", Formats.month(YearMonth.from(end), Languages.INDONESIAN));
        List<Anchor> links = _find(Anchor.class, spec -> spec.withClasses("calendar-entry"));
        assertThat(links).extracting(Anchor::getHref).containsOnly("agreements/" + agreement.getId());
        assertThat(links).hasSize(2); // the passed deadline, then the end (its report falls after the end)
        assertThat(links.get(0).getElement().getProperty("innerHTML"))
                .contains(Formats.date(deadline, Languages.INDONESIAN))
                .contains("Batas usulan perpanjangan")
                .contains("Sister city tenggat")
                .contains(partner.getName() + " · Sister city");
        assertThat(links.get(1).getElement().getProperty("innerHTML")).contains("Berakhir");
        assertThat(links.get(1).getElement().getAttribute("router-link")).isEqualTo("");

        navigate("calendar?months=3");
        CalendarView view = loaded();
        ServerPush.awaitUntil(() -> headings().equals(List.of("Terlambat")));
        assertThat(view.months.getValue()).isEqualTo(3);
    }

    @Test
    void markup_in_a_title_or_a_partners_name_is_shown_as_text() {
        LocalDate today = LocalDate.now(clock);
        Partner partner = SignIn.as(
                Roles.STAFF,
                () -> partners.save(new Partner(
                        Records.unique("<img src=x onerror=alert(1)> Kota"), PartnerKind.FOREIGN_CITY, "JP")));
        agreement(partner, "Kerja sama <b>tebal</b> & \"kutip\"", today.minusMonths(7), today.plusMonths(4));

        signIn("staf");
        navigate("calendar");
        loaded();

        String html = _find(Anchor.class, spec -> spec.withClasses("calendar-entry")).stream()
                .map(link -> link.getElement().getProperty("innerHTML"))
                .reduce("", String::concat);
        assertThat(html)
                .contains("Kerja sama &lt;b&gt;tebal&lt;/b&gt; &amp; &quot;kutip&quot;")
                .contains("&lt;img src=x onerror=alert(1)&gt; Kota")
                .doesNotContain("<b>")
                .doesNotContain("<img");
    }

    @Test
    void a_feed_address_is_shown_once_and_revoking_it_lets_a_new_one_be_made() {
        signIn("staf");
        navigate("calendar");
        CalendarView view = loaded();

        _click(_get(Button.class, spec -> spec.withId("calendar-feed-create")));

        String url = view.feed.shownUrl;
        assertThat(url).matches("http://localhost:8080/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(_get(TextField.class, spec -> spec.withCaption("Alamat langganan"))
                        .getValue())
                .isEqualTo(url);
        assertThat(read(url)).isTrue();

        navigate("calendar"); // again, later: the address is not shown again
        assertThat(_find(TextField.class, spec -> spec.withCaption("Alamat langganan")))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("calendar-feed-in-use"))
                        .getText())
                .startsWith("Alamat langganan Anda aktif sejak ");

        _get(CalendarView.class).feed.revoke(); // what the confirmation dialog's "Cabut" does
        expectNotifications("Alamat langganan dicabut.");

        assertThat(read(url)).isFalse();
        _click(_get(Button.class, spec -> spec.withId("calendar-feed-create")));
        String renewed = _get(CalendarView.class).feed.shownUrl;
        assertThat(renewed).isNotEqualTo(url);
        assertThat(read(renewed)).isTrue();
    }

    @Test
    void the_calendar_speaks_english() {
        signIn("pimpinan");
        UI.getCurrent().setLocale(Languages.ENGLISH);
        navigate("calendar");
        loaded();
        assertThat(_get(CalendarView.class).getPageTitle()).isEqualTo("Deadline calendar");
        assertThat(_get(H2.class, spec -> spec.withText("Calendar subscription")))
                .isNotNull();
    }

    private boolean read(String url) {
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        LocalDate today = LocalDate.now(clock);
        return feeds.entries(token, today, today).isPresent();
    }

    private static CalendarView loaded() {
        CalendarView view = _get(CalendarView.class);
        ServerPush.awaitUntil(() -> !view.hasClassName("loading"));
        return view;
    }

    private static List<String> headings() {
        return _find(H2.class, spec -> spec.withClasses("calendar-heading")).stream()
                .map(LightText::get)
                .toList();
    }

    private Agreement agreement(Partner partner, String title, LocalDate start, LocalDate end) {
        Agreement agreement = new Agreement(partner, Category.KSDPL, null, title);
        agreement.setDocumentKind(DocumentKind.KESEPAKATAN_BERSAMA);
        agreement.setFields(EnumSet.of(CooperationField.KEBUDAYAAN));
        agreement.setSignedOn(start);
        agreement.setStartOn(start);
        agreement.setEndOn(end);
        return SignIn.as(Roles.STAFF, () -> agreements.save(agreement));
    }
}
