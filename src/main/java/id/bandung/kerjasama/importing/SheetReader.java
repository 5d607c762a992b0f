package id.bandung.kerjasama.importing;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an uploaded XLSX, or a CSV, row by row, without ever holding the file in memory, and
 * refuses what is not a spreadsheet we can read with a message key ({@link ImportFileException}):
 * <ul>
 *   <li>the file type is told by its first bytes, not its name: a ZIP is read as XLSX, an old binary or encrypted
 *       Excel file is refused with advice, text is read as CSV and anything else is refused;</li>
 *   <li>XLSX through POI's streaming reader with its ZIP-bomb guard (an entry that inflates more than 100 times, or
 *       beyond {@link #MAX_ENTRY_BYTES}, is refused) and a SAX parser without external entities; formula cells are
 *       marked; date cells become dates, whatever their display format;</li>
 *   <li>CSV in UTF-8 (with or without a byte-order mark) or UTF-16 with its mark; a file that is not valid UTF-8 is
 *       read as Windows-1252, as Excel saves "CSV" on an Indonesian Windows, and the caller is told; the separator
 *       (comma, semicolon or tab) is the one the header line uses;</li>
 *   <li>at most {@link #MAX_ROWS} data rows and {@link #MAX_COLUMNS} columns: reading stops at the first row
 *       beyond, so a file of a million rows costs no more than one of twenty thousand.</li>
 * </ul>
 * Rows are numbered as the spreadsheet shows them (the header is row 1); blank rows are skipped.
 */
final class SheetReader {

    /** The most data rows one file may hold. */
    static final int MAX_ROWS = 20_000;

    static final int MAX_COLUMNS = 60;

    /** The most characters one cell may hold; longer text is cut here and refused by the column's own limit. */
    static final int MAX_CELL_CHARS = 10_000;

    /** The largest part of an XLSX file, unpacked. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** One cell as the file holds it. */
    record Cell(String text, Type type) {

        static final Cell EMPTY = new Cell("", Type.TEXT);

        enum Type {
            TEXT,
            NUMBER,
            /** An Excel date cell; {@link #text} is its ISO date. */
            DATE,
            BOOLEAN,
            /** A formula; {@link #text} is its last computed value, which the import does not trust. */
            FORMULA,
            ERROR
        }

        boolean isBlank() {
            return text.isBlank();
        }
    }

    /** Receives the rows in order. */
    interface RowSink {
        void row(int number, List<Cell> cells);
    }

    /** How far reading has come: rows read of an estimate, or of -1 when the total is not known yet. */
    interface Progress {
        void rows(int read, int estimated);
    }

    /** What the file turned out to be. */
    enum Format {
        XLSX,
        CSV_UTF8,
        CSV_UTF16,
        CSV_WINDOWS_1252
    }

    private SheetReader() {}

    static Format read(Path file, RowSink sink, Progress progress) {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            readXlsx(file, sink, progress);
            return Format.XLSX;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportFileException("import.file.old-excel");
        }
        if (startsWith(head, 0x50, 0x4B)) {
            throw new ImportFileException("import.file.unreadable");
        }
        return readCsv(file, head, sink, progress);
    }

    // ---- XLSX ----

    private static void readXlsx(Path file, RowSink sink, Progress progress) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = uses1904Dates(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException("import.file.no-sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new SheetHandler(strings, styles, date1904, sink, progress));
                parser.parse(new InputSource(sheet));
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof ImportFileException refusal) {
                throw refusal;
            }
            throw new ImportFileException("import.file.unreadable");
        } catch (Exception e) {
            throw new ImportFileException(isZipBomb(e) ? "import.file.zip-bomb" : "import.file.unreadable");
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null
                    && (message.contains("Zip bomb") || message.contains("exceeds the maximum allowed entry size"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean uses1904Dates(XSSFReader reader) throws Exception {
        try (InputStream workbook = reader.getWorkbookData()) {
            byte[] start = workbook.readNBytes(64 * 1024);
            String text = new String(start, StandardCharsets.UTF_8);
            return Pattern.compile("date1904\\s*=\\s*\"(1|true)\"")
                    .matcher(text)
                    .find();
        }
    }

    /** The sheet's XML, cell by cell: {@code <row r>}, {@code <c r t s>}, {@code <v>}, {@code <f>}, {@code <is>}. */
    private static final class SheetHandler extends DefaultHandler {

        private static final Pattern DIMENSION = Pattern.compile("[A-Z]+(\\d+)$");

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final RowSink sink;
        private final Progress progress;

        private int estimated = -1;
        private int rowNumber;
        private int rowsRead;
        private final List<Cell> cells = new ArrayList<>();
        private String cellType;
        private String cellStyle;
        private int column;
        private boolean formula;
        private boolean inValue;
        private boolean inInlineText;
        private final StringBuilder value = new StringBuilder();

        SheetHandler(
                ReadOnlySharedStringsTable strings,
                StylesTable styles,
                boolean date1904,
                RowSink sink,
                Progress progress) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.sink = sink;
            this.progress = progress;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "dimension" -> {
                    Matcher last = DIMENSION.matcher(String.valueOf(attributes.getValue("ref")));
                    if (last.find()) {
                        estimated = Math.max(0, parseInt(last.group(1), 1) - 1);
                        progress.rows(0, estimated);
                    }
                }
                case "row" -> {
                    rowNumber = parseInt(attributes.getValue("r"), rowNumber + 1);
                    cells.clear();
                }
                case "c" -> {
                    cellType = attributes.getValue("t");
                    cellStyle = attributes.getValue("s");
                    column = columnOf(attributes.getValue("r"), cells.size());
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> inValue = true;
                case "t" -> inInlineText = "inlineStr".equals(cellType);
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if ((inValue || inInlineText) && value.length() < MAX_CELL_CHARS) {
                value.append(ch, start, Math.min(length, MAX_CELL_CHARS - value.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> {
                    if (column >= MAX_COLUMNS) {
                        if (!value.isEmpty()) {
                            throw new SAXException(
                                    new ImportFileException("import.file.too-many-columns", MAX_COLUMNS));
                        }
                        return;
                    }
                    while (cells.size() < column) {
                        cells.add(Cell.EMPTY);
                    }
                    cells.add(cell());
                }
                case "row" -> {
                    if (cells.stream().allMatch(Cell::isBlank)) {
                        return;
                    }
                    if (rowNumber > 1) {
                        rowsRead++;
                        if (rowsRead > MAX_ROWS) {
                            throw new SAXException(new ImportFileException("import.file.too-many-rows", MAX_ROWS));
                        }
                        if (rowsRead % 500 == 0) {
                            progress.rows(rowsRead, Math.max(estimated, rowsRead));
                        }
                    }
                    sink.row(rowNumber, List.copyOf(cells));
                }
                default -> {}
            }
        }

        private Cell cell() {
            String raw = value.toString();
            String type = cellType == null ? "n" : cellType;
            Cell cell = switch (type) {
                case "s" -> new Cell(sharedString(raw), Cell.Type.TEXT);
                case "inlineStr", "str" -> new Cell(raw, Cell.Type.TEXT);
                case "b" -> new Cell("1".equals(raw) ? "TRUE" : "FALSE", Cell.Type.BOOLEAN);
                case "e" -> new Cell(raw, Cell.Type.ERROR);
                default -> number(raw);
            };
            return formula ? new Cell(cell.text(), Cell.Type.FORMULA) : cell;
        }

        private String sharedString(String index) {
            int i = parseInt(index, -1);
            if (i < 0 || i >= strings.getCount()) {
                return "";
            }
            String text = strings.getItemAt(i).getString();
            return text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS) : text;
        }

        private Cell number(String raw) {
            if (raw.isBlank()) {
                return Cell.EMPTY;
            }
            if (cellStyle != null && styles != null) {
                int index = parseInt(cellStyle, -1);
                if (index >= 0 && index < styles.getNumCellStyles()) {
                    XSSFCellStyle style = styles.getStyleAt(index);
                    if (style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())) {
                        try {
                            double serial = Double.parseDouble(raw);
                            if (DateUtil.isValidExcelDate(serial)) {
                                LocalDate date = DateUtil.getLocalDateTime(serial, date1904)
                                        .toLocalDate();
                                return new Cell(date.toString(), Cell.Type.DATE);
                            }
                        } catch (NumberFormatException e) {
                            return new Cell(raw, Cell.Type.ERROR);
                        }
                    }
                }
            }
            return new Cell(plainNumber(raw), Cell.Type.NUMBER);
        }
    }

    /** A number as Excel stores it ({@code 1.5E-3}, {@code 12345678901}) written out plainly. */
    static String plainNumber(String raw) {
        try {
            return new java.math.BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /** The zero-based column of a reference such as {@code C12}; {@code fallback} when there is none. */
    static int columnOf(String reference, int fallback) {
        if (reference == null) {
            return fallback;
        }
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i)) && column <= MAX_COLUMNS * 26) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? fallback : column - 1;
    }

    private static int parseInt(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    // ---- CSV ----

    private static Format readCsv(Path file, byte[] head, RowSink sink, Progress progress) {
        Charset charset;
        int skip = 0;
        Format format;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
            format = Format.CSV_UTF8;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
            format = Format.CSV_UTF16;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
            format = Format.CSV_UTF16;
        } else {
            if (looksBinary(head)) {
                throw new ImportFileException("import.file.not-spreadsheet");
            }
            boolean utf8 = isUtf8(file);
            charset = utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
            format = utf8 ? Format.CSV_UTF8 : Format.CSV_WINDOWS_1252;
        }
        long size = size(file);
        try (CountingStream counted = new CountingStream(new BufferedInputStream(Files.newInputStream(file)))) {
            counted.skipNBytes(skip);
            Reader text = new InputStreamReader(counted, charset);
            char delimiter = delimiter(new String(head, skip, head.length - skip, charset));
            CSVFormat csv = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(false)
                    .get();
            int rowsRead = 0;
            try (CSVParser parser = CSVParser.parse(text, csv)) {
                java.util.Iterator<CSVRecord> records = parser.iterator();
                while (true) {
                    CSVRecord record;
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        record = records.next();
                    } catch (java.io.UncheckedIOException | IllegalStateException e) {
                        throw new ImportFileException("import.file.csv-broken", parser.getCurrentLineNumber());
                    }
                    int number = (int) record.getRecordNumber();
                    if (record.size() > MAX_COLUMNS) {
                        for (int i = MAX_COLUMNS; i < record.size(); i++) {
                            if (!record.get(i).isBlank()) {
                                throw new ImportFileException("import.file.too-many-columns", MAX_COLUMNS);
                            }
                        }
                    }
                    List<Cell> cells = new ArrayList<>(Math.min(record.size(), MAX_COLUMNS));
                    for (int i = 0; i < Math.min(record.size(), MAX_COLUMNS); i++) {
                        cells.add(csvCell(record.get(i)));
                    }
                    if (cells.stream().allMatch(Cell::isBlank)) {
                        continue;
                    }
                    if (number > 1) {
                        rowsRead++;
                        if (rowsRead > MAX_ROWS) {
                            throw new ImportFileException("import.file.too-many-rows", MAX_ROWS);
                        }
                        if (rowsRead % 500 == 0) {
                            long done = Math.max(1, counted.count);
                            progress.rows(rowsRead, (int) Math.max(rowsRead, rowsRead * (double) size / done));
                        }
                    }
                    sink.row(number, cells);
                }
            }
            return format;
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuntimeException runtime && runtime.getCause() instanceof ImportFileException refusal) {
                throw refusal;
            }
            throw new ImportFileException("import.file.unreadable");
        }
    }

    /** A CSV value; one that starts with "=" is what a spreadsheet would run as a formula. */
    private static Cell csvCell(String raw) {
        String text = raw.length() > MAX_CELL_CHARS ? raw.substring(0, MAX_CELL_CHARS) : raw;
        return text.stripLeading().startsWith("=") ? new Cell(text, Cell.Type.FORMULA) : new Cell(text, Cell.Type.TEXT);
    }

    /** The separator the header line uses most, outside quotes: comma, semicolon or tab. */
    static char delimiter(String head) {
        int end = head.indexOf('\n');
        String line = end < 0 ? head : head.substring(0, end);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {}
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static boolean looksBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                controls++;
            }
        }
        return controls > head.length / 20;
    }

    private static boolean isUtf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            byte[] buffer = new byte[32 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                bytes.put(buffer, 0, read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError()) {
                return false;
            }
            return !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8 * 1024);
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Trimmed, each run of white space one space (the pattern compiled once: it runs for every cell). */
    static String singleSpaced(String text) {
        String stripped = text.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isWhitespace(c)
                    && (c != ' ' || (i + 1 < stripped.length() && Character.isWhitespace(stripped.charAt(i + 1))))) {
                return SPACES.matcher(stripped).replaceAll(" ");
            }
        }
        return stripped;
    }

    /** Text as it is compared: NFC, without the no-break spaces and zero-width characters spreadsheets carry. */
    static String clean(String text) {
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        return normal.replace('\u00A0', ' ').replace("\u200B", "").replace("\uFEFF", "");
    }

    /** A header as it is matched: cleaned, lower case, single spaces, without a trailing asterisk. */
    static String headerKey(String header) {
        return singleSpaced(clean(header).replace("*", "")).toLowerCase(Locale.ROOT);
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
