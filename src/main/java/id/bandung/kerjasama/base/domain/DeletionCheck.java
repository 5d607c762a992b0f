package id.bandung.kerjasama.base.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Published before a record is deleted, inside the deleting transaction. Features whose records refer to it add
 * themselves as holders; if any did, the delete is refused with a {@link RecordInUseException} that names them. This
 * way a partner need not know which features refer to partners.
 */
public final class DeletionCheck {

    private final String recordType;
    private final long recordId;
    private final List<RecordInUseException.Holder> holders = new ArrayList<>();

    public DeletionCheck(String recordType, long recordId) {
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public boolean concerns(String type) {
        return recordType.equals(type);
    }

    public long recordId() {
        return recordId;
    }

    public void heldBy(String holderType, long count, List<String> examples) {
        if (count > 0) {
            holders.add(new RecordInUseException.Holder(holderType, count, List.copyOf(examples)));
        }
    }

    /** Throws when anything holds the record. */
    public void refuseIfHeld() {
        if (!holders.isEmpty()) {
            throw new RecordInUseException(holders);
        }
    }
}
