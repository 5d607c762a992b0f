package id.bandung.kerjasama.importing;

import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.partner.Region;
import id.bandung.kerjasama.partner.RegionNames;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an import run compares its rows with: the official regions, the register's partners, agreement numbers and
 * software (each read once, in one query), the labels of the allowed values in both languages, and country names.
 */
final class ImportLookups {

    /** A partner a row refers to. */
    record PartnerRef(long id, String name, PartnerKind kind, String country) {
        /** An unsaved stand-in with the partner's name, for the referring record's checks and audit label. */
        Partner placeholder() {
            return new Partner(name, kind, country);
        }
    }

    record SoftwareRef(long id, String name) {
        Software placeholder() {
            return new Software(name, null, SoftwareCategory.OTHER);
        }
    }

    record AgreementRef(long id, long partnerId) {}

    private final JdbcClient jdbc;
    private final List<Region> regions;
    private final BiFunction<String, Locale, String> labels;

    private Map<String, Region> regionsByCode;
    private Map<String, Region> regionsByName;
    private Map<String, PartnerRef> partnersByCode;
    private Map<String, PartnerRef> partnersByName;
    private Map<String, AgreementRef> agreementsByNumber;
    private Map<String, SoftwareRef> softwareByName;
    private Map<String, SoftwareRef> softwareByAcronym;
    private Map<String, String> countries;
    private final Map<String, Map<String, String>> vocabularies = new HashMap<>();

    /**
     * @param labels a translation key's text in a language (the app's translations), for the allowed values' labels
     */
    ImportLookups(JdbcClient jdbc, List<Region> regions, BiFunction<String, Locale, String> labels) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.labels = labels;
    }

    // ---- regions ----

    Optional<Region> region(String code) {
        if (regionsByCode == null) {
            regionsByCode = new HashMap<>();
            regionsByName = new HashMap<>();
            for (Region region : regions) {
                regionsByCode.put(region.code(), region);
                regionsByName.put(region.level() + ":" + RegionNames.normalise(region.name()), region);
            }
        }
        return Optional.ofNullable(regionsByCode.get(code));
    }

    /** The region of a level named so ("Kab. Bandung Barat", or "Bandung Barat" for a regency), if exactly one. */
    Optional<Region> regionNamed(String name, Region.Level level) {
        region("");
        String normal = RegionNames.normalise(name);
        Region region = regionsByName.get(level + ":" + normal);
        if (region == null && level == Region.Level.REGENCY) {
            region = regionsByName.get(level + ":kabupaten " + normal);
        }
        if (region == null && level == Region.Level.CITY) {
            region = regionsByName.get(level + ":kota " + normal);
        }
        return Optional.ofNullable(region);
    }

    // ---- partners ----

    /** How partners are matched: the region list's reading of the name, and the country. */
    static String partnerKey(String name, String country) {
        return RegionNames.normalise(name) + "|" + country;
    }

    private void loadPartners() {
        if (partnersByName != null) {
            return;
        }
        partnersByCode = new HashMap<>();
        partnersByName = new HashMap<>();
        jdbc.sql("select id, name, kind, country, region_code from partner").query(row -> {
            PartnerRef ref = new PartnerRef(
                    row.getLong(1), row.getString(2), PartnerKind.valueOf(row.getString(3)), row.getString(4));
            String code = row.getString(5);
            if (code != null) {
                partnersByCode.put(code, ref);
            }
            partnersByName.putIfAbsent(partnerKey(ref.name(), ref.country()), ref);
        });
    }

    Long partnerWithRegion(String code) {
        PartnerRef ref = partnerRefWithRegion(code);
        return ref == null ? null : ref.id();
    }

    Long partnerNamed(String name, String country) {
        PartnerRef ref = partnerRefNamed(name, country);
        return ref == null ? null : ref.id();
    }

    PartnerRef partnerRefWithRegion(String code) {
        loadPartners();
        return partnersByCode.get(code);
    }

    /** By name and country; for an Indonesian region, also by the official name the name stands for. */
    PartnerRef partnerRefNamed(String name, String country) {
        loadPartners();
        PartnerRef ref = partnersByName.get(partnerKey(name, country));
        if (ref == null && Partner.INDONESIA.equals(country)) {
            for (Region.Level level : Region.Level.values()) {
                Optional<Region> region = regionNamed(name, level);
                if (region.isPresent()) {
                    ref = partnersByCode.get(region.get().code());
                    if (ref != null) {
                        break;
                    }
                }
            }
        }
        return ref;
    }

    // ---- agreements ----

    /** How agreement numbers are matched: trimmed, single spaces, any letter case. */
    static String numberKey(String number) {
        return "number:" + SheetReader.singleSpaced(number).toLowerCase(Locale.ROOT);
    }

    Long agreementNumbered(String number) {
        AgreementRef ref = agreementRef(number);
        return ref == null ? null : ref.id();
    }

    AgreementRef agreementRef(String number) {
        if (agreementsByNumber == null) {
            agreementsByNumber = new HashMap<>();
            jdbc.sql("select id, partner_id, bandung_number from agreement where bandung_number is not null")
                    .query((RowCallbackHandler) row -> agreementsByNumber.putIfAbsent(
                            numberKey(row.getString(3)), new AgreementRef(row.getLong(1), row.getLong(2))));
        }
        return agreementsByNumber.get(numberKey(number));
    }

    // ---- software ----

    private void loadSoftware() {
        if (softwareByName != null) {
            return;
        }
        softwareByName = new HashMap<>();
        softwareByAcronym = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        jdbc.sql("select id, name, acronym from software").query(row -> {
            SoftwareRef ref = new SoftwareRef(row.getLong(1), row.getString(2));
            softwareByName.put(ref.name().strip().toLowerCase(Locale.ROOT), ref);
            String acronym = row.getString(3);
            if (acronym != null && !acronym.isBlank()) {
                String key = acronym.strip().toLowerCase(Locale.ROOT);
                if (softwareByAcronym.putIfAbsent(key, ref) != null) {
                    ambiguous.add(key);
                }
            }
        });
        ambiguous.forEach(softwareByAcronym::remove);
    }

    Long softwareNamed(String name) {
        loadSoftware();
        SoftwareRef ref = softwareByName.get(name.strip().toLowerCase(Locale.ROOT));
        return ref == null ? null : ref.id();
    }

    /** By name, or by its acronym when only one piece of software has it. */
    SoftwareRef softwareRef(String nameOrAcronym) {
        loadSoftware();
        String key = nameOrAcronym.strip().toLowerCase(Locale.ROOT);
        SoftwareRef ref = softwareByName.get(key);
        return ref != null ? ref : softwareByAcronym.get(key);
    }

    /** The adoptions that already exist among the given (partner, software) pairs: pair → adoption id. */
    Map<String, Long> adoptionsAmong(List<long[]> pairs) {
        Map<String, Long> found = new HashMap<>();
        for (int start = 0; start < pairs.size(); start += 1_000) {
            List<long[]> chunk = pairs.subList(start, Math.min(pairs.size(), start + 1_000));
            Long[] partners = chunk.stream().map(pair -> pair[0]).toArray(Long[]::new);
            Long[] software = chunk.stream().map(pair -> pair[1]).toArray(Long[]::new);
            jdbc.sql("""
                            select a.id, a.partner_id, a.software_id from adoption a
                            join unnest(:partners, :software) as wanted(partner_id, software_id)
                              on a.partner_id = wanted.partner_id and a.software_id = wanted.software_id""")
                    .param("partners", partners)
                    .param("software", software)
                    .query((RowCallbackHandler)
                            row -> found.put(row.getLong(2) + "/" + row.getLong(3), row.getLong(1)));
        }
        return found;
    }

    // ---- values ----

    /** A two-letter ISO code (any case), or a country's name in Indonesian or English. */
    String countryCode(String text) {
        if (countries == null) {
            countries = new HashMap<>();
            Locale indonesian = Locale.forLanguageTag("id");
            for (String code : Locale.getISOCountries()) {
                Locale country = new Locale.Builder().setRegion(code).build();
                countries.put(code.toLowerCase(Locale.ROOT), code);
                countries.putIfAbsent(normal(country.getDisplayCountry(indonesian)), code);
                countries.putIfAbsent(normal(country.getDisplayCountry(Locale.ENGLISH)), code);
            }
            countries.putIfAbsent("korea selatan", "KR");
            countries.putIfAbsent("south korea", "KR");
            countries.putIfAbsent("amerika serikat", "US");
            countries.putIfAbsent("usa", "US");
            countries.putIfAbsent("inggris", "GB");
            countries.putIfAbsent("belanda", "NL");
        }
        String code = countries.get(normal(text));
        if (code == null) {
            throw new CellValues.Refused("import.value.country");
        }
        return code;
    }

    /**
     * The allowed value a text names: its code ({@code KSDD}), its label in Indonesian or English, the label
     * without its part in brackets, or that part ("PKS", "MoU"), when only one value has it.
     */
    <E extends Enum<E>> Optional<E> choice(ImportColumn column, Class<E> type, String text) {
        Map<String, String> vocabulary = vocabularies.computeIfAbsent(column.key(), key -> vocabulary(column));
        String name = vocabulary.get(normal(text));
        return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
    }

    /** The label the template shows for an allowed value. */
    String label(ImportColumn column, String value, Locale locale) {
        if (column.choices().labelKeyPrefix() == null) {
            return Province.valueOf(value).officialName();
        }
        return labels.apply(column.choices().labelKeyPrefix() + value, locale);
    }

    private Map<String, String> vocabulary(ImportColumn column) {
        Map<String, String> primary = new HashMap<>();
        Map<String, List<String>> derived = new HashMap<>();
        for (String value : column.choices().values()) {
            primary.put(normal(value), value);
            primary.put(normal(value.replace('_', ' ')), value);
            for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
                String label = label(column, value, locale);
                primary.putIfAbsent(normal(label), value);
                int open = label.indexOf('(');
                int close = label.indexOf(')', open + 1);
                if (open > 0 && close > open) {
                    derived.computeIfAbsent(normal(label.substring(0, open)), k -> new ArrayList<>())
                            .add(value);
                    derived.computeIfAbsent(normal(label.substring(open + 1, close)), k -> new ArrayList<>())
                            .add(value);
                }
            }
        }
        derived.forEach((alias, values) -> {
            if (values.stream().distinct().count() == 1) {
                primary.putIfAbsent(alias, values.get(0));
            }
        });
        return primary;
    }

    private static String normal(String text) {
        return SheetReader.singleSpaced(SheetReader.clean(text)).toLowerCase(Locale.ROOT);
    }
}
