package id.bandung.kerjasama.support;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.util.Optional;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;

/**
 * Types every {@link HostileText} into one field of a real form (Karibu), presses Save, and checks the answer: either
 * the database holds exactly what was typed, or the field shows the expected sentence, keeps what was typed for
 * correcting, and nothing at all was written.
 */
public final class HostileForms {

    private HostileForms() {}

    /**
     * @param open   opens the editor afresh (its other fields valid) and returns the field under test
     * @param save   presses Save
     * @param cancel presses Cancel, so that a refused value leaves no unsaved input for the next one
     * @param stored the field's value in the database now (null when absent)
     * @return how many values were tried
     */
    public static <C extends HasValue<?, String> & HasValidation> int tryEach(
            HostileText.Field field,
            Supplier<C> open,
            Runnable save,
            Runnable cancel,
            Supplier<String> stored,
            SoftAssertions softly) {
        int tried = 0;
        for (HostileText value : HostileText.forField(field)) {
            C input = open.get();
            String before = stored.get();
            NotificationsKt.clearNotifications();
            _setValue(input, value.text());
            save.run();
            tried++;
            String where = field.label() + " ← " + value.label();
            Optional<String> refusal = value.refusalAt(field);
            if (refusal.isEmpty()) {
                softly.assertThat(input.isInvalid())
                        .as(where + ": refused with " + input.getErrorMessage())
                        .isFalse();
                softly.assertThat(stored.get())
                        .as(where + ": stored exactly as typed (messages: "
                                + NotificationsKt.getNotifications().stream()
                                        .map(PrettyPrintTreeKt::toPrettyTree)
                                        .toList()
                                + ")")
                        .isEqualTo(value.text());
            } else {
                softly.assertThat(input.isInvalid())
                        .as(where + ": refused at the field")
                        .isTrue();
                if (field.webAddress()) {
                    softly.assertThat(input.getErrorMessage())
                            .as(where + ": message")
                            .isIn(refusal.get(), HostileText.WEB_ADDRESS);
                } else {
                    softly.assertThat(input.getErrorMessage())
                            .as(where + ": message")
                            .isEqualTo(refusal.get());
                }
                softly.assertThat(input.getValue())
                        .as(where + ": what was typed stays for correcting")
                        .isEqualTo(value.text());
                softly.assertThat(stored.get()).as(where + ": nothing written").isEqualTo(before);
                softly.assertThat(NotificationsKt.getNotifications())
                        .as(where + ": no other message")
                        .isEmpty();
                cancel.run();
            }
        }
        return tried;
    }
}
