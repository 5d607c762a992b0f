package id.bandung.kerjasama.software;

/** A piece of software as a picker offers it. */
public record SoftwareChoice(long id, String name, String acronym) {

    public static SoftwareChoice of(Software software) {
        return new SoftwareChoice(software.getId(), software.getName(), software.getAcronym());
    }

    /** The name, with the acronym in brackets when there is one: "Laporan Kinerja (LAKIP)". */
    public String label() {
        return acronym == null || acronym.isBlank() ? name : name + " (" + acronym + ")";
    }
}
