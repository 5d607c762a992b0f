package id.bandung.kerjasama.importing;

import java.util.List;

/** The uploaded file cannot be read as a spreadsheet of records; the message key (and its arguments) says why. */
public class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public ImportFileException(String messageKey, Object... arguments) {
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
