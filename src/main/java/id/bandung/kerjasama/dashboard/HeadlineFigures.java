package id.bandung.kerjasama.dashboard;

/**
 * The dashboard's headline numbers.
 *
 * @param indonesianRegions   partners with regional cooperation (KSDD)
 * @param sisterCities        partners with a sister-city agreement (KSDPL)
 * @param foreignInstitutions partners with technical cooperation (KSDLL)
 * @param active              agreements in force that do not end within 90 days
 * @param expiring            agreements in force that end within 90 days
 * @param adoptions           adoptions with status ADOPTED
 * @param adoptingRegions     Indonesian regions that adopted at least one application
 * @param monevReported       agreements in force with an implementation report on the last twelve months
 * @param monevOverdue        agreements in force over a year without a report in twelve months (the compliance
 *                            warning {@code NO_MONEV_12M}, where nobody has accepted it)
 */
public record HeadlineFigures(
        long partners,
        long indonesianRegions,
        long sisterCities,
        long foreignInstitutions,
        long active,
        long expiring,
        long software,
        long adoptions,
        long adoptingRegions,
        long monevReported,
        long monevOverdue) {

    /** These figures with the Monev counts ({@code DashboardQueries.monev}). */
    HeadlineFigures withMonev(long[] monev) {
        return new HeadlineFigures(
                partners,
                indonesianRegions,
                sisterCities,
                foreignInstitutions,
                active,
                expiring,
                software,
                adoptions,
                adoptingRegions,
                monev[0],
                monev[1]);
    }

    /** Agreements in force. */
    public long inForce() {
        return active + expiring;
    }
}
