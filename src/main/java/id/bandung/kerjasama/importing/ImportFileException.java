package id.bandung.kerjasama.importing;

/**
 * The uploaded file cannot be read as a spreadsheet of records: refused before any row is checked; the message key
 * (and its arguments) says why and what to do.
 */
public class ImportFileException extends ImportRefusedException {

    public ImportFileException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
