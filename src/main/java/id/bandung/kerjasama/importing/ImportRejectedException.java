package id.bandung.kerjasama.importing;

/**
 * A commit refused because the file, read again at commit time, has problems (the register may have changed since
 * its preview); nothing was written. The preview says what is wrong now.
 */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super("The import file has problems", null, false, false);
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
