package id.bandung.kerjasama.presentation.ui;

import id.bandung.kerjasama.dashboard.DashboardFigures;
import id.bandung.kerjasama.dashboard.PartnerSince;
import java.util.List;

/** Everything the slides show, fetched together. */
record PresentationData(DashboardFigures figures, List<PartnerSince> sisterCities, List<PartnerSince> institutions) {}
