package id.bandung.kerjasama.base.domain;

/** Input that breaks a rule of the domain; the view shows {@link #messageKey()} at {@link #field()}. */
public class RuleViolationException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public RuleViolationException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
