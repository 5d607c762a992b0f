package id.bandung.kerjasama.seed;

/** How much sample data to generate. */
public record SampleVolumes(int partners, int agreements, int software, int adoptions) {

    /** The volumes the records issue asks the lists to handle. */
    public static SampleVolumes full() {
        return new SampleVolumes(10_000, 100_000, 300, 1_000_000);
    }

    public SampleVolumes {
        if (partners < 1 || software < 1 || agreements < 0 || adoptions < 0) {
            throw new IllegalArgumentException("Sample volumes must be positive");
        }
        if ((long) partners * software < adoptions) {
            throw new IllegalArgumentException("More adoptions than partner and software pairs");
        }
    }
}
