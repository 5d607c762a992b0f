package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.base.domain.PlainText;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * One lifecycle step as staff record it.
 *
 * @param referenceNumber the number of the step's document: the recommendation, the DPRD's decision, the ministry's
 *                        letter, the signed text
 * @param detail          the proposing OPD for a proposal, the reason for an end, otherwise a note
 */
public record StageEntry(
        @NotNull(message = "{validation.required}") Stage stage,
        @NotNull(message = "{validation.required}") LocalDate happenedOn,
        @PlainText(max = Agreement.NUMBER_MAX) String referenceNumber,

        @PlainText(max = StageEntry.DETAIL_MAX, multiline = true)
        String detail) {

    public static final int DETAIL_MAX = 1000;
}
