package id.bandung.kerjasama.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only one plain address passes: nothing that could add a recipient or a header line to a reminder e-mail. */
class EmailAddressTest {

    private final EmailAddress.Validator validator = new EmailAddress.Validator();

    @Test
    void plain_addresses_and_empty_pass() {
        assertThat(validator.isValid("staf@bandung.go.id", null)).isTrue();
        assertThat(validator.isValid("rina.s+kerjasama@cimahikota.go.id", null)).isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(validator.isValid("", null)).isTrue();
        assertThat(EmailAddress.Validator.sendable("")).isFalse();
    }

    @Test
    void a_second_address_a_header_line_markup_or_an_overlong_address_is_refused() {
        assertThat(validator.isValid("staf@bandung.go.id\r\nBcc: semua@contoh.id", null))
                .isFalse();
        assertThat(validator.isValid("staf@bandung.go.id, lain@contoh.id", null))
                .isFalse();
        assertThat(validator.isValid("staf@bandung.go.id;lain@contoh.id", null)).isFalse();
        assertThat(validator.isValid("\"Staf\" <staf@bandung.go.id>", null)).isFalse();
        assertThat(validator.isValid("<script>@x.id", null)).isFalse();
        assertThat(validator.isValid("staf@bandung", null)).isFalse();
        assertThat(validator.isValid("staf bandung@go.id", null)).isFalse();
        assertThat(validator.isValid("a".repeat(250) + "@b.id", null)).isFalse();
    }
}
