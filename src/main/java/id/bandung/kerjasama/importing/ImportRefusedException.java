package id.bandung.kerjasama.importing;

import java.util.List;

/**
 * A commit or an undo that could not be done, and left the register as it was; the message key (with its
 * arguments) says why.
 */
public class ImportRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public ImportRefusedException(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
