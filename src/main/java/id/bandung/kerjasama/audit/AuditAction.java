package id.bandung.kerjasama.audit;

/** What happened to a record, or at the door. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    SIGN_IN,
    SIGN_IN_FAILED,
    LOCKED,
    /** A spreadsheet's rows written as one batch (the batch's own entry; each record has its CREATE). */
    IMPORT,
    /** The last batch taken back (each record removed has its DELETE). */
    IMPORT_UNDONE
}
