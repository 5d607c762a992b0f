package id.bandung.kerjasama.base.domain;

/** Another record already has this natural key (a partner's name and country, a partner and software pair). */
public class DuplicateRecordException extends RuntimeException {

    private final String field;

    public DuplicateRecordException(String field) {
        super("Another record has the same " + field);
        this.field = field;
    }

    /** The form field where the message belongs. */
    public String field() {
        return field;
    }
}
