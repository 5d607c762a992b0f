package id.bandung.kerjasama.dashboard;

/**
 * A partner as the presentation lists it.
 *
 * @param country ISO 3166 code
 * @param since   the year of its first signed agreement of the category; null where no date is recorded
 */
public record PartnerSince(String name, String country, Integer since) {}
