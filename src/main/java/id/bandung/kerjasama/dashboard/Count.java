package id.bandung.kerjasama.dashboard;

/** One figure of a chart: what was counted and how many. */
public record Count<K>(K key, long count) {}
