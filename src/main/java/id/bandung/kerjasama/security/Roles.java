package id.bandung.kerjasama.security;

/** The three roles, the one place their names are written. */
public final class Roles {

    /** The mayor's office: reads statistics and records. */
    public static final String VIEWER = "VIEWER";
    /** Cooperation staff: keep the records. */
    public static final String STAFF = "STAFF";
    /** Administrator: user accounts and the audit log, and everything staff do. */
    public static final String ADMIN = "ADMIN";

    /** Spring Security expressions for {@code @PreAuthorize}. */
    public static final String ANY_SIGNED_IN = "hasAnyRole('VIEWER', 'STAFF', 'ADMIN')";
    public static final String CAN_EDIT = "hasAnyRole('STAFF', 'ADMIN')";
    public static final String ADMIN_ONLY = "hasRole('ADMIN')";

    private Roles() {
    }

    /** A role as a value, for accounts. */
    public enum Role {
        VIEWER, STAFF, ADMIN;

        public boolean canEdit() {
            return this != VIEWER;
        }
    }
}
