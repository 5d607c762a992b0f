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
        long adoptingRegions) {}
