package id.bandung.kerjasama.security;

import java.util.List;

/**
 * Published inside the transaction of an administrator's change to an account (created, role changed, password
 * reset, enabled or disabled, sign-in delay cleared), so that the audit log records it in the same transaction.
 * A password never appears in it: a reset is the change {@code password: "reset"}.
 *
 * @param created whether the account was created (else an existing one changed)
 */
public record AccountChangedEvent(long accountId, String username, boolean created, List<Change> changes) {

    /** One field's old and new value, as the audit log shows them. */
    public record Change(String field, String oldValue, String newValue) {}
}
