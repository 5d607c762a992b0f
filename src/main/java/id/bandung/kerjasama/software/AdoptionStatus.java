package id.bandung.kerjasama.software;

/** How far a partner is with adopting a piece of software. */
public enum AdoptionStatus {
    REQUESTED,
    IN_PROGRESS,
    ADOPTED,
    DISCONTINUED
}
