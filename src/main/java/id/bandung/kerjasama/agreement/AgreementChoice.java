package id.bandung.kerjasama.agreement;

/** An agreement in a picker: what it is called and whose it is. */
public record AgreementChoice(long id, String title, long partnerId) {}
