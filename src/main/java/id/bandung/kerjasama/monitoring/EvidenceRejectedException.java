package id.bandung.kerjasama.monitoring;

/** An evidence file that is not taken: empty, too large, or not a PDF, JPEG or PNG by its content. */
public class EvidenceRejectedException extends RuntimeException {

    private final String reason;

    public EvidenceRejectedException(String reason) {
        super(reason);
        this.reason = reason;
    }

    /** The message key saying why. */
    public String reason() {
        return reason;
    }
}
