package id.bandung.kerjasama.agreement;

/** An agreement in a picker: what it is called and whose it is. */
public record AgreementChoice(long id, String title, long partnerId) {

    /** The choice that stands for a stored agreement in a picker; null for none. */
    public static AgreementChoice of(Agreement agreement) {
        return agreement == null
                ? null
                : new AgreementChoice(
                        agreement.getId(),
                        agreement.getTitle(),
                        agreement.getPartner().getId());
    }
}
