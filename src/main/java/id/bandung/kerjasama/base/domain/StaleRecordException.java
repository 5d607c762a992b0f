package id.bandung.kerjasama.base.domain;

/** Somebody else saved or deleted the record since it was opened; nothing was written. */
public class StaleRecordException extends RuntimeException {

    /** The record is gone, or its version moved on. */
    public StaleRecordException() {
        this(null);
    }

    public StaleRecordException(Throwable cause) {
        super("The record was changed by someone else", cause);
    }
}
