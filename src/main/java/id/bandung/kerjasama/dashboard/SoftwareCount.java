package id.bandung.kerjasama.dashboard;

/** An application and the number of partners that adopted it. */
public record SoftwareCount(long softwareId, String name, long adoptions) {}
