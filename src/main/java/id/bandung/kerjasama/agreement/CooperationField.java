package id.bandung.kerjasama.agreement;

/** A field (bidang) that an agreement covers. */
public enum CooperationField {
    PEMERINTAHAN,
    SOSIAL,
    EKONOMI,
    PENDIDIKAN,
    KEBUDAYAAN,
    PARIWISATA,
    LINGKUNGAN,
    TEKNOLOGI,
    KESEHATAN
}
