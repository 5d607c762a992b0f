package id.bandung.kerjasama.importing;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.Category;
import id.bandung.kerjasama.agreement.CooperationField;
import id.bandung.kerjasama.agreement.DocumentKind;
import id.bandung.kerjasama.agreement.Obligation;
import id.bandung.kerjasama.importing.ImportPreview.Action;
import id.bandung.kerjasama.importing.SheetReader.Cell;
import id.bandung.kerjasama.partner.Partner;
import id.bandung.kerjasama.partner.PartnerKind;
import id.bandung.kerjasama.partner.Province;
import id.bandung.kerjasama.partner.Region;
import id.bandung.kerjasama.software.Adoption;
import id.bandung.kerjasama.software.AdoptionStatus;
import id.bandung.kerjasama.software.Software;
import id.bandung.kerjasama.software.SoftwareCategory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One reading of an import file: the header is matched to the record type's columns, each row's cells are read,
 * the record is built and checked by its entity's own constraints, then matched against the register and the rows
 * above it. The outcome is a preview; for a commit, also the records to write ({@link #prepared()}).
 */
final class ImportRun implements SheetReader.RowSink {

    /** What the run needs in the screen's language. */
    interface Messages {
        String text(String key, Object... arguments);

        String violation(ConstraintViolation<?> violation);
    }

    /** A row that will become a record, with the ids of the records it refers to. */
    record Prepared(int row, Object record, Long partnerId, Long softwareId, Long agreementId) {}

    private final ImportKind kind;
    private final ImportLookups lookups;
    private final Validator validator;
    private final Messages messages;

    private Map<String, Integer> columnIndex;
    private final List<String> ignoredColumns = new ArrayList<>();
    private final List<ImportPreview.Row> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int problemCount;
    private final List<Prepared> prepared = new ArrayList<>();
    /** The match key of each record the file creates, and the row that first named it. */
    private final Map<String, Integer> seen = new HashMap<>();

    ImportRun(ImportKind kind, ImportLookups lookups, Validator validator, Messages messages) {
        this.kind = kind;
        this.lookups = lookups;
        this.validator = validator;
        this.messages = messages;
    }

    ImportPreview preview(String fileName, String notice) {
        if (columnIndex == null) {
            throw new ImportFileException("import.file.empty");
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("import.file.no-rows");
        }
        if (kind == ImportKind.ADOPTION) {
            matchExistingAdoptions();
        }
        return new ImportPreview(
                kind,
                fileName,
                List.copyOf(rows),
                List.copyOf(problems),
                problemCount,
                List.copyOf(ignoredColumns),
                notice);
    }

    /**
     * Adoptions are matched once the whole file is read, in one query for the pairs it names: the register holds
     * far more adoptions than any file.
     */
    private void matchExistingAdoptions() {
        List<long[]> pairs = prepared.stream()
                .map(row -> new long[] {row.partnerId(), row.softwareId()})
                .toList();
        Map<String, Long> existing = lookups.adoptionsAmong(pairs);
        if (existing.isEmpty()) {
            return;
        }
        Map<Integer, Long> matchedRows = new HashMap<>();
        prepared.removeIf(row -> {
            Long id = existing.get(row.partnerId() + "/" + row.softwareId());
            if (id != null) {
                matchedRows.put(row.row(), id);
            }
            return id != null;
        });
        rows.replaceAll(row -> matchedRows.containsKey(row.row())
                ? new ImportPreview.Row(row.row(), Action.MATCH, row.label(), matchedRows.get(row.row()))
                : row);
    }

    List<Prepared> prepared() {
        return prepared;
    }

    @Override
    public void row(int number, List<Cell> cells) {
        if (columnIndex == null) {
            header(cells);
            return;
        }
        Values values = new Values(number, cells);
        int problemsBefore = problemCount;
        Outcome outcome;
        try {
            outcome = switch (kind) {
                case PARTNER -> partner(values);
                case AGREEMENT -> agreement(values);
                case SOFTWARE -> software(values);
                case ADOPTION -> adoption(values);
            };
        } catch (RowRefused e) {
            outcome = new Outcome(null, null, null, null, null, null);
        }
        String label = ImportProblem.visible(outcome.label != null ? outcome.label : values.firstText());
        if (problemCount > problemsBefore) {
            rows.add(new ImportPreview.Row(number, Action.PROBLEM, label, null));
        } else if (outcome.matchedId != null) {
            rows.add(new ImportPreview.Row(number, Action.MATCH, label, outcome.matchedId));
        } else {
            rows.add(new ImportPreview.Row(number, Action.CREATE, label, null));
            prepared.add(
                    new Prepared(number, outcome.record, outcome.partnerId, outcome.softwareId, outcome.agreementId));
        }
    }

    private record Outcome(
            Object record, String label, Long matchedId, Long partnerId, Long softwareId, Long agreementId) {}

    /** Thrown to leave a row whose problems are already reported. */
    private static final class RowRefused extends RuntimeException {
        RowRefused() {
            super(null, null, false, false);
        }
    }

    // ---- header ----

    private void header(List<Cell> cells) {
        Map<String, ImportColumn> known = new HashMap<>();
        for (ImportColumn column : kind.columns()) {
            known.put(SheetReader.headerKey(column.header()), column);
            known.put(SheetReader.headerKey(column.key()), column);
        }
        columnIndex = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String header = cells.get(i).text();
            if (header.isBlank()) {
                continue;
            }
            ImportColumn column = known.get(SheetReader.headerKey(header));
            if (column == null) {
                ignoredColumns.add(SheetReader.clean(header).strip());
            } else if (columnIndex.putIfAbsent(column.key(), i) != null) {
                throw new ImportFileException("import.file.duplicate-column", column.header());
            }
        }
        List<String> missing = kind.columns().stream()
                .filter(ImportColumn::required)
                .filter(column -> !columnIndex.containsKey(column.key()))
                .map(ImportColumn::header)
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportFileException("import.file.missing-columns", String.join(", ", missing));
        }
    }

    // ---- reading a row's values ----

    /** One data row's cells by column key; every read that fails becomes a problem at its column. */
    private final class Values {
        final int row;
        final List<Cell> cells;

        Values(int row, List<Cell> cells) {
            this.row = row;
            this.cells = cells;
        }

        Cell cell(String key) {
            Integer index = columnIndex.get(key);
            return index == null || index >= cells.size() ? Cell.EMPTY : cells.get(index);
        }

        String firstText() {
            return cells.stream()
                    .map(Cell::text)
                    .filter(text -> !text.isBlank())
                    .findFirst()
                    .orElse("");
        }

        <T> T read(String key, Function<Cell, T> reader) {
            Cell cell = cell(key);
            try {
                return reader.apply(cell);
            } catch (CellValues.Refused e) {
                problem(key, cell.text(), messages.text(e.messageKey, e.arguments));
                return null;
            }
        }

        String text(String key) {
            return read(key, CellValues::text);
        }

        String multiline(String key) {
            return read(key, CellValues::multiline);
        }

        LocalDate date(String key) {
            return read(key, CellValues::date);
        }

        BigDecimal decimal(String key) {
            return read(key, CellValues::decimal);
        }

        boolean yesNo(String key) {
            Boolean value = read(key, CellValues::yesNo);
            return value != null && value;
        }

        String country(String key) {
            return read(key, cell -> {
                String text = CellValues.text(cell);
                return text == null ? Partner.INDONESIA : lookups.countryCode(text);
            });
        }

        String regionCode(String key) {
            return read(key, CellValues::regionCode);
        }

        <E extends Enum<E>> E choice(String key, Class<E> type) {
            return read(key, cell -> {
                String text = CellValues.text(cell);
                if (text == null) {
                    return null;
                }
                return lookups.choice(kind.column(key).orElseThrow(), type, text)
                        .orElseThrow(() -> new CellValues.Refused("import.value.choice", header(key)));
            });
        }

        <E extends Enum<E>> Set<E> choices(String key, Class<E> type) {
            Set<E> values = EnumSet.noneOf(type);
            Cell cell = cell(key);
            try {
                String text = CellValues.multiline(cell);
                if (text != null) {
                    for (String part : text.split("[,;\\n/]")) {
                        if (!part.isBlank()) {
                            values.add(lookups.choice(kind.column(key).orElseThrow(), type, part.strip())
                                    .orElseThrow(() -> new CellValues.Refused(
                                            "import.value.choice-item", part.strip(), header(key))));
                        }
                    }
                }
            } catch (CellValues.Refused e) {
                problem(key, cell.text(), messages.text(e.messageKey, e.arguments));
            }
            return values;
        }

        /** A required value that is empty is a problem at its column. */
        <T> T require(String key, T value) {
            if (value == null && cell(key).isBlank()) {
                problem(key, "", messages.text("import.value.required"));
            }
            return value;
        }

        void problem(String key, String value, String message) {
            problemCount++;
            if (problems.size() < ImportPreview.MAX_PROBLEMS) {
                problems.add(ImportProblem.of(row, header(key), value, message));
            }
        }

        /** Each broken entity constraint as a problem at the column of its property. */
        <T> void validate(T record) {
            for (ConstraintViolation<T> violation : validator.validate(record)) {
                String key = violation.getPropertyPath().toString();
                Object invalid = violation.getInvalidValue();
                problem(
                        key,
                        invalid == null || invalid == record ? cell(key).text() : String.valueOf(invalid),
                        messages.violation(violation));
            }
        }

        void refuseIfProblems(int before) {
            if (problemCount > before) {
                throw new RowRefused();
            }
        }
    }

    private String header(String key) {
        return kind.column(key).map(ImportColumn::header).orElse(key);
    }

    // ---- partners ----

    private Outcome partner(Values values) {
        int before = problemCount;
        String name = values.require("name", values.text("name"));
        PartnerKind partnerKind = values.require("kind", values.choice("kind", PartnerKind.class));
        String country = values.country("country");
        String regionCode = values.regionCode("regionCode");
        Province province = values.choice("province", Province.class);
        boolean borders = values.yesNo("bordersBandung");
        BigDecimal latitude = values.decimal("latitude");
        BigDecimal longitude = values.decimal("longitude");
        String website = values.text("website");
        String contact = values.multiline("contact");
        String notes = values.multiline("notes");
        values.refuseIfProblems(before);

        Partner partner = new Partner(name, partnerKind, country);
        Region.Level level = Region.Level.of(partnerKind);
        boolean regional = level != null && partner.isIndonesian();
        if (regionCode != null && !regional) {
            values.problem("regionCode", regionCode, messages.text("partner.region.error.kind"));
        } else if (regional) {
            Region region = regionCode != null
                    ? lookups.region(regionCode).orElse(null)
                    : lookups.regionNamed(name, level).orElse(null);
            if (region == null && regionCode != null) {
                values.problem("regionCode", regionCode, messages.text("partner.region.error.unknown"));
            } else if (region == null) {
                values.problem("name", name, messages.text("import.partner.region-not-found"));
            } else if (region.level() != level) {
                values.problem("regionCode", regionCode, messages.text("partner.region.error.kind"));
            } else {
                partner.setRegionCode(region.code());
                partner.setName(region.name());
                province = region.province();
            }
        }
        values.refuseIfProblems(before);
        partner.setProvince(province);
        partner.setBordersBandung(borders);
        partner.setLatitude(latitude);
        partner.setLongitude(longitude);
        partner.setWebsite(website);
        partner.setContact(contact);
        partner.setNotes(notes);

        Long matched = partner.getRegionCode() != null ? lookups.partnerWithRegion(partner.getRegionCode()) : null;
        if (matched == null) {
            matched = lookups.partnerNamed(partner.getName(), partner.getCountry());
        }
        if (matched != null) {
            return new Outcome(null, partner.getName(), matched, null, null, null);
        }
        values.validate(partner);
        values.refuseIfProblems(before);
        String key = partner.getRegionCode() != null
                ? "code:" + partner.getRegionCode()
                : "name:" + ImportLookups.partnerKey(partner.getName(), partner.getCountry());
        duplicateInFile(values, key, "name", partner.getName());
        return new Outcome(partner, partner.getName(), null, null, null, null);
    }

    /** The same record twice in one file: the second row is a problem that names the first. */
    private void duplicateInFile(Values values, String key, String column, String value) {
        Integer first = seen.putIfAbsent(key, values.row);
        if (first != null) {
            values.problem(column, value, messages.text("import.row.duplicate", first));
            throw new RowRefused();
        }
    }

    /** The partner a row names: by its region code, or by name and country; a problem at the column otherwise. */
    private ImportLookups.PartnerRef partnerOf(Values values) {
        String name = values.require("partner", values.text("partner"));
        String country = values.country("partnerCountry");
        String code = values.regionCode("partnerRegionCode");
        if (name == null && code == null || country == null) {
            return null;
        }
        ImportLookups.PartnerRef partner = code != null ? lookups.partnerRefWithRegion(code) : null;
        if (partner == null && code != null) {
            values.problem("partnerRegionCode", code, messages.text("import.partner.unknown-code"));
            return null;
        }
        if (partner == null) {
            partner = lookups.partnerRefNamed(name, country);
        }
        if (partner == null) {
            values.problem("partner", name, messages.text("import.partner.unknown", name, country));
        }
        return partner;
    }

    // ---- agreements ----

    private Outcome agreement(Values values) {
        int before = problemCount;
        String title = values.require("title", values.text("title"));
        ImportLookups.PartnerRef partnerRef = partnerOf(values);
        Category category = values.require("category", values.choice("category", Category.class));
        Obligation obligation = values.choice("obligation", Obligation.class);
        DocumentKind documentKind = values.choice("documentKind", DocumentKind.class);
        Set<CooperationField> fields = values.choices("fields", CooperationField.class);
        String bandungNumber = values.text("bandungNumber");
        String partnerNumber = values.text("partnerNumber");
        boolean signed = values.yesNo("signed");
        LocalDate signedOn = values.date("signedOn");
        LocalDate startOn = values.date("startOn");
        LocalDate endOn = values.date("endOn");
        LocalDate terminatedOn = values.date("terminatedOn");
        String terminationReason = values.multiline("terminationReason");
        String contactName = values.text("contactName");
        String contactEmail = values.text("contactEmail");
        String notes = values.multiline("notes");
        values.refuseIfProblems(before);

        Long matched = bandungNumber == null ? null : lookups.agreementNumbered(bandungNumber);
        if (matched != null) {
            return new Outcome(null, title, matched, null, null, null);
        }
        Agreement agreement = new Agreement(partnerRef.placeholder(), category, obligation, title);
        agreement.setDocumentKind(documentKind);
        agreement.setFields(fields);
        agreement.setBandungNumber(bandungNumber);
        agreement.setPartnerNumber(partnerNumber);
        agreement.setSignedOn(signedOn);
        agreement.setStartOn(startOn);
        agreement.setEndOn(endOn);
        agreement.setTerminatedOn(terminatedOn);
        agreement.setTerminationReason(terminationReason);
        agreement.setContactName(contactName);
        agreement.setContactEmail(contactEmail);
        agreement.setNotes(notes);
        if (signed || signedOn != null) {
            agreement.markInForceBeforeTheRegister();
        }
        values.validate(agreement);
        values.refuseIfProblems(before);
        if (bandungNumber != null) {
            duplicateInFile(values, ImportLookups.numberKey(bandungNumber), "bandungNumber", bandungNumber);
        }
        return new Outcome(agreement, title, null, partnerRef.id(), null, null);
    }

    // ---- software ----

    private Outcome software(Values values) {
        int before = problemCount;
        String name = values.require("name", values.text("name"));
        String acronym = values.text("acronym");
        SoftwareCategory category = values.require("category", values.choice("category", SoftwareCategory.class));
        String ownerUnit = values.text("ownerUnit");
        boolean kpk = values.yesNo("kpkRecommended");
        String description = values.multiline("description");
        values.refuseIfProblems(before);

        Long matched = lookups.softwareNamed(name);
        if (matched != null) {
            return new Outcome(null, name, matched, null, null, null);
        }
        Software software = new Software(name, acronym, category);
        software.setOwnerUnit(ownerUnit);
        software.setKpkRecommended(kpk);
        software.setDescription(description);
        values.validate(software);
        values.refuseIfProblems(before);
        duplicateInFile(values, name.toLowerCase(Locale.ROOT), "name", name);
        return new Outcome(software, name, null, null, null, null);
    }

    // ---- adoptions ----

    private Outcome adoption(Values values) {
        int before = problemCount;
        String softwareName = values.require("software", values.text("software"));
        ImportLookups.PartnerRef partnerRef = partnerOf(values);
        AdoptionStatus status = values.require("status", values.choice("status", AdoptionStatus.class));
        LocalDate since = values.date("since");
        String agreementNumber = values.text("agreement");
        String notes = values.multiline("notes");
        ImportLookups.SoftwareRef software = null;
        if (softwareName != null) {
            software = lookups.softwareRef(softwareName);
            if (software == null) {
                values.problem("software", softwareName, messages.text("import.software.unknown", softwareName));
            }
        }
        Long agreementId = null;
        if (agreementNumber != null && partnerRef != null) {
            ImportLookups.AgreementRef agreement = lookups.agreementRef(agreementNumber);
            if (agreement == null) {
                values.problem("agreement", agreementNumber, messages.text("import.agreement.unknown"));
            } else if (agreement.partnerId() != partnerRef.id()) {
                values.problem("agreement", agreementNumber, messages.text("adoption.error.agreement-partner"));
            } else {
                agreementId = agreement.id();
            }
        }
        values.refuseIfProblems(before);

        String label = software.name() + " – " + partnerRef.name();
        Adoption adoption = new Adoption(partnerRef.placeholder(), software.placeholder(), status);
        adoption.setSince(since);
        adoption.setNotes(notes);
        values.validate(adoption);
        values.refuseIfProblems(before);
        duplicateInFile(values, partnerRef.id() + "/" + software.id(), "software", softwareName);
        return new Outcome(adoption, label, null, partnerRef.id(), software.id(), agreementId);
    }
}
