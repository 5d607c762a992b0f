package id.bandung.kerjasama.agreement;

/** The kind of document: a memorandum of understanding, the agreement that implements one, a letter of intent. */
public enum DocumentKind {
    KESEPAKATAN_BERSAMA,
    PERJANJIAN_KERJA_SAMA,
    /** A memorandum with the central government (a ministry): implemented by an action plan, not a PKS. */
    NOTA_KESEPAKATAN,
    LETTER_OF_INTENT,
    OTHER
}
