package id.bandung.kerjasama.monitoring;

/** What an evaluation recommends for the agreement: it ends a report cycle. */
public enum Recommendation {
    CONTINUE,
    EXTEND,
    END
}
