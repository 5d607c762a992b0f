package id.bandung.kerjasama.agreement;

/** The kind of document: a memorandum of understanding, the agreement that implements one, a letter of intent. */
public enum DocumentKind {
    KESEPAKATAN_BERSAMA,
    PERJANJIAN_KERJA_SAMA,
    LETTER_OF_INTENT,
    OTHER
}
