package id.bandung.kerjasama.agreement;

/** An uploaded file that is not a PDF, or too large; {@link #reason()} is the message key. */
public class DocumentRejectedException extends RuntimeException {

    private final String reason;

    public DocumentRejectedException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
