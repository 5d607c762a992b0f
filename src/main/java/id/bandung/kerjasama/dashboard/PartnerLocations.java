package id.bandung.kerjasama.dashboard;

import java.util.List;

/**
 * The partners on the map, and how many have no coordinates yet (the completeness gap
 * {@code partners?missing=COORDINATES}).
 */
public record PartnerLocations(List<MapMarker> markers, long withoutCoordinates) {}
