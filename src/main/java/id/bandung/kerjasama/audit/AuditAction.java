package id.bandung.kerjasama.audit;

/** What happened to a record, or at the door. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    SIGN_IN,
    SIGN_IN_FAILED,
    LOCKED
}
