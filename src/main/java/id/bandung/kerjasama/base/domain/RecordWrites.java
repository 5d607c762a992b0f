package id.bandung.kerjasama.base.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/** What the record services share: turning database refusals into exceptions the views can explain. */
public final class RecordWrites {

    /** The same constraints and messages as the forms' and Hibernate's; thread-safe, built once. */
    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    private RecordWrites() {}

    /**
     * Runs a write; a lost race on a version becomes {@link StaleRecordException}, and a unique constraint named in
     * {@code uniqueConstraints} becomes {@link DuplicateRecordException} for the mapped form field.
     */
    public static <T> T translate(Map<String, String> uniqueConstraints, Supplier<T> write) {
        try {
            return write.get();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecordException(e);
        } catch (DataIntegrityViolationException e) {
            String message = String.valueOf(e.getMostSpecificCause().getMessage());
            for (Map.Entry<String, String> constraint : uniqueConstraints.entrySet()) {
                if (message.contains(constraint.getKey())) {
                    throw new DuplicateRecordException(constraint.getValue());
                }
            }
            throw e;
        }
    }

    /**
     * Refuses a record that breaks its entity's constraints before any query sees its text: Hibernate would check
     * them only when flushing, after the services' own queries (is the name taken?), and PostgreSQL answers a NUL in
     * such a query with an error rather than a refusal a form can show.
     */
    public static void requireValid(Object record) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(record);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** Refuses a delete or an edit of a record somebody else changed since it was read. */
    public static void requireVersion(AbstractEntity current, AbstractEntity edited) {
        if (current.getVersion() != edited.getVersion()) {
            throw new StaleRecordException();
        }
    }
}
