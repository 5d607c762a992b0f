package id.bandung.kerjasama.base.domain;

import java.util.List;

/** A record cannot be deleted while others refer to it; {@link #holders()} says which. */
public class RecordInUseException extends RuntimeException {

    private final transient List<Holder> holders;

    public RecordInUseException(List<Holder> holders) {
        super("The record is referred to by " + holders);
        this.holders = List.copyOf(holders);
    }

    public List<Holder> holders() {
        return holders;
    }

    /**
     * Records of one type that hold the record.
     *
     * @param recordType the holders' type, as in the audit log ("Agreement", "Adoption")
     * @param count      how many there are
     * @param examples   labels of a few of them
     */
    public record Holder(String recordType, long count, List<String> examples) {}
}
