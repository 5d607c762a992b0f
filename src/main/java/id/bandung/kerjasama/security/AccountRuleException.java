package id.bandung.kerjasama.security;

/** An account change that the rules refuse; {@link #getMessageKey()} is the text to show. */
public class AccountRuleException extends RuntimeException {

    private final String messageKey;

    public AccountRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
