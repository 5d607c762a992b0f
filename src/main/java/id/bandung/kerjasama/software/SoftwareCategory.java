package id.bandung.kerjasama.software;

/** What a shared application is for. */
public enum SoftwareCategory {
    PERFORMANCE,
    HUMAN_RESOURCES,
    CORRESPONDENCE,
    PLANNING_BUDGETING,
    FINANCE,
    PUBLIC_SERVICE,
    DATA_INFRASTRUCTURE,
    OTHER
}
