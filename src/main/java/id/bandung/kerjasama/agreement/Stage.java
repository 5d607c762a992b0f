package id.bandung.kerjasama.agreement;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The steps of an agreement's legal lifecycle (PP 28/2018, Permendagri 22/2020 and 25/2020). An agreement's
 * {@code stage} is the last step it has reached; {@link StageFlow} gives the order the law asks for its kind.
 */
public enum Stage {
    /** Penjajakan: the proposal, with the proposing OPD. */
    PROPOSAL,
    /** The TKKSD's review and recommendation. */
    TKKSD_RECOMMENDATION,
    /** The memorandum (Kesepakatan Bersama, Nota Kesepakatan, MoU) signed. */
    KB_SIGNED,
    /** The regional parliament's approval, where the law requires it. */
    DPRD_APPROVAL,
    /** The central government's approval (the ministry's letter), for cooperation abroad. */
    CENTRAL_APPROVAL,
    /** The implementing agreement (Perjanjian Kerja Sama) signed. */
    PKS_SIGNED,
    /** The action plan that implements a Nota Kesepakatan with the central government, instead of a PKS. */
    ACTION_PLAN,
    IN_FORCE,
    EVALUATED,
    /** Extended by a successor agreement. */
    EXTENDED,
    ENDED;

    /** Steps after which the agreement is signed, whatever its dates say; see {@link #marksSigned}. */
    private static final Set<Stage> SIGNED = EnumSet.of(PKS_SIGNED, ACTION_PLAN, IN_FORCE, EVALUATED, EXTENDED, ENDED);

    /**
     * Whether an agreement of this kind at this stage has been signed: every step from its own signing on. A
     * memorandum is signed at {@link #KB_SIGNED}; an implementing agreement (PKS) only at {@link #PKS_SIGNED}.
     */
    public boolean marksSigned(DocumentKind kind) {
        return SIGNED.contains(this) || this == KB_SIGNED && kind != DocumentKind.PERJANJIAN_KERJA_SAMA;
    }

    /** Signed: a signing date, or a stage that says so ({@link Agreement#isSigned}), for the agreement aliased. */
    static String signedOrDatedSql(String alias) {
        return "(" + alias + ".signed_on is not null or " + signedSql(alias) + ")";
    }

    /** {@link #marksSigned} in SQL, for agreement {@code a}. */
    static String signedSql() {
        return signedSql("a");
    }

    /** {@link #marksSigned} in SQL, for the agreement aliased {@code alias}. */
    static String signedSql(String alias) {
        return "(" + alias + ".stage in ("
                + SIGNED.stream().map(stage -> "'" + stage.name() + "'").collect(Collectors.joining(", "))
                + ") or (" + alias + ".stage = 'KB_SIGNED' and " + alias
                + ".document_kind is distinct from 'PERJANJIAN_KERJA_SAMA'))";
    }
}
