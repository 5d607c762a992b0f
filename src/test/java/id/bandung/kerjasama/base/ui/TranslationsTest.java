package id.bandung.kerjasama.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.agreement.AgreementGap;
import id.bandung.kerjasama.agreement.AgreementStatus;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.audit.AuditAction;
import id.bandung.kerjasama.partner.PartnerGap;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.security.Roles;
import id.bandung.kerjasama.software.AdoptionStatus;
import id.bandung.kerjasama.software.SoftwareCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in both languages, and every key the code asks for exists. */
public class TranslationsTest {

    /** A key has a dot; it is written as getTranslation("..."), @Menu(title = "...") or an exception's key. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation\\(|title = |Exception\\((?:\"[^\"]*\",\\s*)?)\"([a-z][a-zA-Z0-9_-]*\\.[a-zA-Z0-9_.-]+)\"");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vaadin-i18n/translations.properties", "ValidationMessages_id.properties"})
    void indonesian_and_english_have_the_same_keys(String indonesianFile) {
        Set<String> indonesian = keys(indonesianFile);
        Set<String> english = keys(indonesianFile.replaceFirst("(_id)?\\.properties$", "_en.properties"));
        assertThat(english).as("keys missing in English").containsAll(indonesian);
        assertThat(indonesian).as("keys missing in Indonesian").containsAll(english);
    }

    @Test
    void every_key_written_in_the_code_has_a_text() throws IOException {
        Set<String> known = keys("vaadin-i18n/translations.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) { // a prefix: keys_built_from_enums_have_texts checks those
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    @Test
    void keys_built_from_enums_have_texts() {
        Set<String> known = keys("vaadin-i18n/translations.properties");
        Map<String, Class<? extends Enum<?>>> prefixes = Map.ofEntries(
                Map.entry("category.", Category.class),
                Map.entry("role.", Roles.Role.class),
                Map.entry("partner.kind.", PartnerKind.class),
                Map.entry("agreement.status.", AgreementStatus.class),
                Map.entry("agreement.kind.", DocumentKind.class),
                Map.entry("agreement.obligation.", Obligation.class),
                Map.entry("agreement.cooperation-field.", CooperationField.class),
                Map.entry("software.category.", SoftwareCategory.class),
                Map.entry("adoption.status.", AdoptionStatus.class),
                Map.entry("history.action.", AuditAction.class),
                Map.entry("partner.missing.", PartnerGap.class),
                Map.entry("completeness.partners.", PartnerGap.class),
                Map.entry("completeness.agreements.", AgreementGap.class));
        prefixes.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(known).as(type.getSimpleName()).contains(prefix + value.name());
            }
        });
        for (var locale : Languages.SUPPORTED) {
            assertThat(known).contains("language." + locale.getLanguage());
        }
    }

    @Test
    void indonesian_is_used_even_when_the_server_speaks_english() {
        java.util.Locale serverLocale = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.US);
        try {
            assertIndonesianAndEnglishTexts(new TranslationProvider());
        } finally {
            java.util.Locale.setDefault(serverLocale);
        }
    }

    private static void assertIndonesianAndEnglishTexts(TranslationProvider provider) {
        assertThat(provider.getTranslation("shell.sign-out", Languages.INDONESIAN))
                .isEqualTo("Keluar");
        assertThat(provider.getTranslation("shell.sign-out", Languages.ENGLISH)).isEqualTo("Sign out");
        assertThat(provider.getTranslation("shell.sign-out", java.util.Locale.forLanguageTag("en-US")))
                .isEqualTo("Sign out");
        assertThat(provider.getTranslation("partner.count", Languages.INDONESIAN, "1.234"))
                .isEqualTo("1.234 mitra");
    }

    public static Set<String> keys(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
