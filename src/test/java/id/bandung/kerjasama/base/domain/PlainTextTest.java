package id.bandung.kerjasama.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    record Line(@PlainText(max = 5) String text) {}

    record Notes(@PlainText(max = 50, multiline = true) String text) {}

    record Address(@WebAddress String website) {}

    @ParameterizedTest
    @ValueSource(strings = {"<b>x", "😀😀😀😀😀", "باند", "a\u200Db", "x\u200Fy"})
    void markup_emoji_and_right_to_left_scripts_are_plain_text(String text) {
        assertThat(VALIDATOR.validate(new Line(text))).isEmpty();
    }

    @Test
    void length_counts_characters_as_postgresql_does_not_utf16_units() {
        assertThat("😀😀😀😀😀".length()).isEqualTo(10);
        assertThat(VALIDATOR.validate(new Line("😀😀😀😀😀"))).isEmpty();
        assertThat(messages(new Line("😀😀😀😀😀😀"), Locale.ENGLISH))
                .containsExactly("At most 5 characters; this has 6");
    }

    @Test
    void a_nul_is_refused_with_where_it_is() {
        assertThat(messages(new Line("ab\u0000c"), Locale.ENGLISH))
                .containsExactly(
                        "Contains the invisible control "
                                + "character U+0000 at character 3; remove it (this field is one line: no line breaks or tabs)");
        assertThat(messages(new Line("ab\u0000c"), Locale.forLanguageTag("id")))
                .containsExactly("Berisi karakter "
                        + "kontrol tak terlihat U+0000 pada karakter nomor 3; hapus karakter itu (isian ini satu baris: tanpa "
                        + "ganti baris atau tab)");
    }

    @Test
    void notes_keep_line_breaks_and_tabs_but_no_other_control_character() {
        assertThat(VALIDATOR.validate(new Notes("satu\r\ndua\tkolom"))).isEmpty();
        assertThat(messages(new Notes("satu\u000Bdua"), Locale.ENGLISH))
                .containsExactly("Contains the invisible "
                        + "control character U+000B at character 5; remove it (only line breaks and tabs belong here)");
        assertThat(VALIDATOR.validate(new Line("a\tb"))).hasSize(1);
        assertThat(VALIDATOR.validate(new Line("a\nb"))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u007F", "\u0085", "\u001B", "\u0007"})
    void delete_c1_escape_and_bell_are_refused(String control) {
        assertThat(VALIDATOR.validate(new Notes("a" + control))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"})
    void direction_overrides_and_isolates_are_refused(String control) {
        assertThat(messages(new Line("a" + control), Locale.ENGLISH))
                .singleElement()
                .asString()
                .startsWith("Contains the invisible text-direction control U+");
    }

    @Test
    void half_a_surrogate_pair_is_refused() {
        assertThat(messages(new Line("a\uD83D"), Locale.ENGLISH))
                .containsExactly("Contains a broken character (half of an emoji or symbol) at character 2; remove it");
        assertThat(VALIDATOR.validate(new Line("\uDE00a"))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://bandung.go.id", "http://suwon.go.kr/자매도시?q=1&x=2#a", "HTTPS://X.EXAMPLE/"})
    void http_and_https_addresses_are_web_addresses(String address) {
        assertThat(VALIDATOR.validate(new Address(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:window.__xss=1",
                "JavaScript:alert(1)",
                " javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:x",
                "//evil.example",
                "https://",
                "https://a.example/\" onmouseover=\"x",
                "https://a.example/<b>",
                "https://bandung.go.id@evil.example/",
                "https://a.example/ x",
                "www.bandung.go.id",
                "ftp://a.example"
            })
    void anything_else_is_refused_as_a_web_address(String address) {
        assertThat(messages(new Address(address), Locale.ENGLISH))
                .containsExactly("Enter a web address that starts with http:// or https://, without spaces, quotes "
                        + "or angle brackets");
    }

    @Test
    void a_blank_web_address_is_an_absent_one() {
        assertThat(VALIDATOR.validate(new Address(""))).isEmpty();
        assertThat(VALIDATOR.validate(new Address(null))).isEmpty();
    }

    private static Set<String> messages(Object bean, Locale locale) {
        Validator validator = Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(locale)
                .buildValidatorFactory()
                .getValidator();
        return validator.validate(bean).stream()
                .map(ConstraintViolation::getMessage)
                .collect(Collectors.toSet());
    }
}
