package id.bandung.kerjasama.agreement;

/**
 * What the register still lacks about an agreement, for the completeness panel and the list it links to
 * ({@code agreements?missing=DOCUMENT}). Only what a record at its stage should have: a draft has no signing date
 * or number yet, and lacks neither.
 */
public enum AgreementGap {
    /** Signed (its stage says so) but the date is not recorded. */
    SIGNING_DATE("a.signed_on is null and " + Stage.signedSql()),
    /** Signed, without Bandung's document number. */
    NUMBER("a.bandung_number is null and " + Stage.signedOrDatedSql("a")),
    DOCUMENT_KIND("a.document_kind is null"),
    /**
     * Signed, without the signed document (PDF). {@code not in} (the key is never null) rather than {@code not
     * exists}: PostgreSQL hashes the documents' keys once, also where the completeness panel counts with a filter.
     */
    DOCUMENT(Stage.signedOrDatedSql("a") + " and a.id not in (select d.agreement_id from agreement_document d)");

    private final String condition;

    AgreementGap(String condition) {
        this.condition = "(" + condition + ")";
    }

    /** Holds when agreement {@code a} lacks it. */
    public String condition() {
        return condition;
    }
}
