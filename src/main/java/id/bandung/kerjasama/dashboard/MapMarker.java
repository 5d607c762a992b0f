package id.bandung.kerjasama.dashboard;

/**
 * A partner's place on the map.
 *
 * @param id   the partner, to open it; null on the presentation, whose markers open nothing
 * @param name null where it may not be shown (the presentation names only the sister cities and technical partners
 *             its list slides name)
 */
public record MapMarker(Long id, String name, double latitude, double longitude, MarkerKind kind) {}
