package id.bandung.kerjasama.base.domain;

import java.util.Map;

/** A record whose changes the audit log keeps, field by field. */
public interface Auditable {

    /** Each audited field's value as text (null for none), in a stable order. */
    Map<String, String> auditValues();

    /** A short, human label: a name or a title. */
    String auditLabel();
}
