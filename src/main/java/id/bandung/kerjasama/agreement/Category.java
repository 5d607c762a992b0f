package id.bandung.kerjasama.agreement;

/** The kinds of regional cooperation of Government Regulation (PP) 28/2018. */
public enum Category {
    /** With another Indonesian region; mandatory or voluntary. */
    KSDD,
    /** With a third party: company, university, NGO. */
    KSDPK,
    /** With a foreign local government: sister city. */
    KSDPL,
    /** With a foreign institution: technical cooperation. */
    KSDLL;

    public boolean hasObligation() {
        return this == KSDD;
    }
}
