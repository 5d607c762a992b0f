package id.bandung.kerjasama.database;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.security.UserAccount;
import id.bandung.kerjasama.software.Adoption;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.support.IntegrationTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The length limits that forms enforce are the ones the migration created. */
@IntegrationTest
class SchemaMatchesEntitiesTest {

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("partner", "name", Partner.NAME_MAX),
                Arguments.of("partner", "website", Partner.WEBSITE_MAX),
                Arguments.of("partner", "contact", Partner.CONTACT_MAX),
                Arguments.of("partner", "notes", Partner.NOTES_MAX),
                Arguments.of("agreement", "title", Agreement.TITLE_MAX),
                Arguments.of("agreement", "bandung_number", Agreement.NUMBER_MAX),
                Arguments.of("agreement", "partner_number", Agreement.NUMBER_MAX),
                Arguments.of("agreement", "termination_reason", Agreement.TERMINATION_REASON_MAX),
                Arguments.of("agreement", "notes", Agreement.NOTES_MAX),
                Arguments.of("software", "name", Software.NAME_MAX),
                Arguments.of("software", "acronym", Software.ACRONYM_MAX),
                Arguments.of("software", "description", Software.DESCRIPTION_MAX),
                Arguments.of("software", "owner_unit", Software.OWNER_UNIT_MAX),
                Arguments.of("adoption", "notes", Adoption.NOTES_MAX),
                Arguments.of("user_account", "username", UserAccount.USERNAME_MAX),
                Arguments.of("user_account", "display_name", UserAccount.DISPLAY_NAME_MAX));
    }

    @ParameterizedTest(name = "{0}.{1} holds {2} characters")
    @MethodSource("limits")
    void column_length_equals_the_entity_limit(String table, String column, int limit) {
        Integer length = jdbc.queryForObject("""
                select character_maximum_length from information_schema.columns
                where table_schema = 'public' and table_name = ? and column_name = ?""", Integer.class, table, column);
        assertThat(length).isEqualTo(limit);
    }
}
