package id.bandung.kerjasama.importing;

/**
 * The SQL that decides whether a batch can be undone: how many of its records were changed since (their version
 * moved on) or are held by something written since, which removing them would break or silently take along (a
 * record that refers to them, an agreement's lifecycle steps, documents, reports or accepted warnings).
 */
final class ImportUndo {

    private ImportUndo() {}

    /** Counts the batch's records (parameter {@code :batch}) that undoing must not remove. */
    static String changedSql(ImportKind kind) {
        return switch (kind) {
            case PARTNER -> """
                    select count(*) from partner p where p.import_batch_id = :batch and (p.version > 0
                        or exists (select 1 from agreement a where a.partner_id = p.id)
                        or exists (select 1 from adoption d where d.partner_id = p.id))""";
            case AGREEMENT -> """
                    select count(*) from agreement a where a.import_batch_id = :batch and (a.version > 0
                        or exists (select 1 from agreement c where (c.parent_id = a.id or c.predecessor_id = a.id)
                                   and c.import_batch_id is distinct from :batch)
                        or exists (select 1 from adoption d where d.agreement_id = a.id)
                        or exists (select 1 from agreement_stage s where s.agreement_id = a.id)
                        or exists (select 1 from agreement_document d where d.agreement_id = a.id)
                        or exists (select 1 from compliance_acknowledgement k where k.agreement_id = a.id)
                        or exists (select 1 from monev_report m where m.agreement_id = a.id))""";
            case SOFTWARE -> """
                    select count(*) from software s where s.import_batch_id = :batch and (s.version > 0
                        or exists (select 1 from adoption d where d.software_id = s.id))""";
            case ADOPTION -> """
                    select count(*) from adoption d where d.import_batch_id = :batch and d.version > 0""";
        };
    }

    /** The batch's records, id and label, for their audit entries. */
    static String labelsSql(ImportKind kind) {
        return switch (kind) {
            case PARTNER -> "select id, name from partner where import_batch_id = :batch order by id";
            case AGREEMENT -> "select id, title from agreement where import_batch_id = :batch order by id";
            case SOFTWARE -> "select id, name from software where import_batch_id = :batch order by id";
            case ADOPTION -> """
                    select d.id, s.name || ' – ' || p.name from adoption d
                    join software s on s.id = d.software_id join partner p on p.id = d.partner_id
                    where d.import_batch_id = :batch order by d.id""";
        };
    }
}
