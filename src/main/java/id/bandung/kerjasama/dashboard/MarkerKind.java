package id.bandung.kerjasama.dashboard;

/**
 * What a partner is on the map, the first that holds: a sister city (a KSDPL agreement), a technical partner (a KSDLL
 * agreement), an Indonesian region that adopted at least one application, an Indonesian region (a city, regency or
 * province, or a KSDD partner), or another partner (companies, universities, NGOs).
 */
public enum MarkerKind {
    SISTER_CITY,
    INSTITUTION,
    ADOPTING_REGION,
    REGIONAL,
    OTHER
}
