package id.bandung.kerjasama.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The order of steps the law asks of an agreement, by its category and kind, and the steps that may come next.
 *
 * <ul>
 *   <li>Every agreement starts with the proposal (penjajakan) and the TKKSD's review and recommendation.
 *   <li>Cooperation abroad (KSDPL, KSDLL; Permendagri 25/2020) needs the DPRD's and then the central government's
 *       approval before anything is signed.
 *   <li>Regional cooperation (KSDD) that burdens the public or is not in this year's budget needs the DPRD's approval
 *       before its own signing (PP 28/2018; Permendagri 22/2020).
 *   <li>An implementing agreement (PKS) follows its signed memorandum (Kesepakatan Bersama); a Nota Kesepakatan with
 *       the central government is implemented by an action plan instead; any other document is signed once.
 *   <li>Then in force, evaluated, and extended ({@link AgreementService#extend}) or ended. Ending is possible at any
 *       step: a proposal can be dropped.
 * </ul>
 */
public final class StageFlow {

    private StageFlow() {}

    /** The steps up to "in force" (then evaluated, extended or ended) for an agreement with these facts. */
    public static List<Stage> of(Category category, DocumentKind kind, boolean burdensPublic, boolean unbudgeted) {
        List<Stage> steps = new ArrayList<>(List.of(Stage.PROPOSAL, Stage.TKKSD_RECOMMENDATION));
        boolean abroad = category == Category.KSDPL || category == Category.KSDLL;
        boolean dprdBeforeSigning = category == Category.KSDD && (burdensPublic || unbudgeted);
        if (abroad) {
            steps.add(Stage.DPRD_APPROVAL);
            steps.add(Stage.CENTRAL_APPROVAL);
        }
        if (kind == DocumentKind.PERJANJIAN_KERJA_SAMA) {
            steps.add(Stage.KB_SIGNED);
            if (dprdBeforeSigning) {
                steps.add(Stage.DPRD_APPROVAL);
            }
            steps.add(Stage.PKS_SIGNED);
        } else {
            if (dprdBeforeSigning) {
                steps.add(Stage.DPRD_APPROVAL);
            }
            steps.add(Stage.KB_SIGNED);
            if (kind == DocumentKind.NOTA_KESEPAKATAN) {
                steps.add(Stage.ACTION_PLAN);
            }
        }
        steps.add(Stage.IN_FORCE);
        return steps;
    }

    public static List<Stage> of(Agreement agreement) {
        return of(
                agreement.getCategory(),
                agreement.getDocumentKind(),
                agreement.isBurdensPublic(),
                agreement.isUnbudgeted());
    }

    /**
     * The steps that may be recorded next, given the steps recorded so far and the stage reached: the first step of
     * the flow not yet recorded (until in force), then evaluation; ending at any time until the agreement is
     * extended or ended. Extension is not a step one records: it makes the successor.
     */
    public static List<Stage> next(List<Stage> flow, Collection<Stage> recorded, Stage reached) {
        if (reached == Stage.EXTENDED || reached == Stage.ENDED) {
            return List.of();
        }
        List<Stage> next = new ArrayList<>();
        if (reached == Stage.IN_FORCE || reached == Stage.EVALUATED) {
            if (!recorded.contains(Stage.EVALUATED)) {
                next.add(Stage.EVALUATED);
            }
        } else {
            flow.stream().filter(step -> !recorded.contains(step)).findFirst().ifPresent(next::add);
        }
        next.add(Stage.ENDED);
        return next;
    }
}
