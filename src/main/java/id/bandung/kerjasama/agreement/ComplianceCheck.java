package id.bandung.kerjasama.agreement;

/**
 * The checks of an agreement against the rules of PP 28/2018, Permendagri 22/2020 and Permendagri 25/2020, each
 * derived from the record (never stored) and written once, in SQL ({@link #condition()}), for the list's filter
 * ({@code agreements?issue=TERM_OVER_5Y}) and the record's own warnings alike. A check that trips is a warning the
 * section can acknowledge with a reason ({@link ComplianceService}), never a block: old agreements predate the rules.
 * Its legal basis is shown beside it ({@code compliance.<NAME>.basis}).
 */
public enum ComplianceCheck {
    /** A term longer than five years, from the start (or, lacking it, the signing) to the end. */
    TERM_OVER_5Y("a.end_on > cast(coalesce(a.start_on, a.signed_on) + interval '5 years' as date)"),
    /** An implementing agreement (PKS) that names no memorandum (Kesepakatan Bersama) and records none signed. */
    PKS_WITHOUT_KB("a.document_kind = 'PERJANJIAN_KERJA_SAMA' and a.parent_id is null and not "
            + Sql.reached(Stage.KB_SIGNED)),
    /** Regional cooperation that burdens the public or is not in this year's budget, signed without DPRD approval. */
    KSDD_WITHOUT_DPRD("a.category = 'KSDD' and (a.burdens_public or a.unbudgeted) and " + Sql.SIGNED + " and not "
            + Sql.reached(Stage.DPRD_APPROVAL)),
    /** Cooperation abroad, signed without the regional parliament's approval. */
    FOREIGN_WITHOUT_DPRD(Sql.FOREIGN + " and " + Sql.SIGNED + " and not " + Sql.reached(Stage.DPRD_APPROVAL)),
    /** Cooperation abroad, signed without the central government's approval (the ministry's letter). */
    FOREIGN_WITHOUT_CENTRAL(Sql.FOREIGN + " and " + Sql.SIGNED + " and not " + Sql.reached(Stage.CENTRAL_APPROVAL)),
    /** Signed by a proxy without a power of attorney, or a proxy signing anything but a PKS. */
    PROXY_WITHOUT_POWER("a.signed_by_proxy and (a.power_of_attorney is null"
            + " or a.document_kind is distinct from 'PERJANJIAN_KERJA_SAMA')"),
    /** Signed with no TKKSD recommendation recorded on or before the signing. */
    NO_TKKSD_RECOMMENDATION(Sql.SIGNED + " and not exists (select 1 from agreement_stage st"
            + " where st.agreement_id = a.id and st.stage = 'TKKSD_RECOMMENDATION'"
            + " and (a.signed_on is null or st.happened_on <= a.signed_on))"),
    /**
     * In force for more than a year with no implementation report (Monev) whose period reaches into the last twelve
     * months. Reads {@code :today} and {@code :horizon}.
     */
    NO_MONEV_12M(AgreementStatusSql.inForce() + " and coalesce(a.start_on, a.signed_on) <= " + Sql.YEAR_AGO
            + " and not exists (select 1 from monev_report r where r.agreement_id = a.id and r.period_to >= "
            + Sql.YEAR_AGO + ")");

    private final String condition;

    ComplianceCheck(String condition) {
        this.condition = "(" + condition + ")";
    }

    /** Holds when agreement {@code a} trips the check, acknowledged or not. */
    public String condition() {
        return condition;
    }

    /** Holds when agreement {@code a} trips the check and no one has acknowledged it. */
    public String unacknowledged() {
        return "(" + condition + " and not exists (select 1 from compliance_acknowledgement k"
                + " where k.agreement_id = a.id and k.check_name = '" + name() + "'))";
    }

    /** The pieces the conditions share (a nested class: enum constants cannot read the enum's own statics). */
    private static final class Sql {
        static final String SIGNED = Stage.signedOrDatedSql("a");
        static final String FOREIGN = "a.category in ('KSDPL', 'KSDLL')";
        static final String YEAR_AGO = "cast(:today - interval '12 months' as date)";

        static String reached(Stage stage) {
            return "exists (select 1 from agreement_stage st where st.agreement_id = a.id and st.stage = '"
                    + stage.name() + "')";
        }
    }
}
