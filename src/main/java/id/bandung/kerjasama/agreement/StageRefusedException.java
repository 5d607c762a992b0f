package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.base.domain.RuleViolationException;
import java.util.List;

/** A step that cannot be recorded now: out of the legal order, dated wrongly, or lacking what it needs. */
public class StageRefusedException extends RuleViolationException {

    private final List<Object> arguments;

    StageRefusedException(String field, String messageKey, Object... arguments) {
        super(field, messageKey);
        this.arguments = List.of(arguments);
    }

    /** The message's parameters ({0}, {1}): a stage or a date. */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
