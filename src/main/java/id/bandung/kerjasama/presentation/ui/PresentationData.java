package id.bandung.kerjasama.presentation.ui;

import id.bandung.kerjasama.dashboard.DashboardFigures;
import id.bandung.kerjasama.dashboard.PartnerLocations;
import id.bandung.kerjasama.dashboard.PartnerSince;
import java.util.List;

/**
 * Everything the slides show, fetched together.
 *
 * @param locations the partners on the map, or null when no map slide is shown
 */
record PresentationData(
        DashboardFigures figures,
        List<PartnerSince> sisterCities,
        List<PartnerSince> institutions,
        PartnerLocations locations) {}
