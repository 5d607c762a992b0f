package id.bandung.kerjasama.security;

/** The three roles of accounts (and the display pseudo-role), the one place their names are written. */
public final class Roles {

    /** The mayor's office: reads statistics and records. */
    public static final String VIEWER = "VIEWER";
    /** Cooperation staff: keep the records. */
    public static final String STAFF = "STAFF";
    /** Administrator: user accounts and the audit log, and everything staff do. */
    public static final String ADMIN = "ADMIN";

    /**
     * Not a role of any account: a display link's screen, for the duration of its calls for figures. It opens no
     * route and no record.
     */
    public static final String DISPLAY = "DISPLAY";

    /** Spring Security expressions for {@code @PreAuthorize}. */
    public static final String ANY_SIGNED_IN = "hasAnyRole('VIEWER', 'STAFF', 'ADMIN')";
    /** The aggregate figures: anyone signed in, and display screens. */
    public static final String STATISTICS = "hasAnyRole('VIEWER', 'STAFF', 'ADMIN', 'DISPLAY')";

    public static final String CAN_EDIT = "hasAnyRole('STAFF', 'ADMIN')";
    public static final String ADMIN_ONLY = "hasRole('ADMIN')";

    private Roles() {}

    /** A role as a value, for accounts. */
    public enum Role {
        VIEWER,
        STAFF,
        ADMIN;

        public boolean canEdit() {
            return this != VIEWER;
        }
    }
}
