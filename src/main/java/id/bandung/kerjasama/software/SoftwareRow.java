package id.bandung.kerjasama.software;

/** A row of the software list: the application and how many partners have adopted it. */
public record SoftwareRow(Software software, long adoptedBy) {}
