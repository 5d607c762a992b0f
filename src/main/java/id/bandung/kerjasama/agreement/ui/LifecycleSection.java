package id.bandung.kerjasama.agreement.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.agreement.AgreementChoice;
import id.bandung.kerjasama.agreement.AgreementService;
import id.bandung.kerjasama.agreement.Stage;
import id.bandung.kerjasama.agreement.StageFlow;
import id.bandung.kerjasama.agreement.StageRefusedException;
import id.bandung.kerjasama.agreement.StageService;
import id.bandung.kerjasama.agreement.StageStep;
import id.bandung.kerjasama.base.domain.RuleViolationException;
import id.bandung.kerjasama.base.domain.StaleRecordException;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Notifications;
import id.bandung.kerjasama.base.ui.RecordMessages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * A saved agreement's lifecycle as a timeline: the steps recorded (date, number, document, who recorded them), then
 * the steps the law still asks in its order, the next one marked. Staff record the next legal step only (a dialog),
 * end the cooperation, take back the last step, or extend the agreement by a successor; the chain of extensions is
 * shown both ways.
 */
class LifecycleSection extends Composite<Div> {

    final OrderedList timeline = new OrderedList();
    final Div actions = new Div();
    Button extend;

    private final StageService stages;
    private final AgreementService agreements;
    private final Agreement agreement;
    private final boolean editable;
    private final LongConsumer reopen;
    private final Consumer<Runnable> unsavedFirst;
    /** The agreement that extends this one, read once. */
    private final Optional<AgreementChoice> successor;

    private final Clock clock;

    /**
     * @param reopen       opens the agreement with this id afresh in the editor (after a step, or the new successor)
     * @param unsavedFirst runs an action that reopens the editor, after asking whether to drop unsaved changes of the
     *                     form, if there are any
     */
    LifecycleSection(
            StageService stages,
            AgreementService agreements,
            Agreement agreement,
            boolean editable,
            Clock clock,
            LongConsumer reopen,
            Consumer<Runnable> unsavedFirst) {
        this.stages = stages;
        this.agreements = agreements;
        this.agreement = agreement;
        this.editable = editable;
        this.clock = clock;
        this.reopen = reopen;
        this.unsavedFirst = unsavedFirst;
        this.successor = agreements.successorOf(agreement.getId());
        Div root = getContent();
        root.addClassName("lifecycle-section");
        H3 title = new H3(getTranslation("agreement.section.lifecycle"));
        title.addClassName("form-section-title");
        Paragraph basis = new Paragraph(getTranslation("agreement.lifecycle.basis"));
        basis.addClassName("section-helper");
        timeline.addClassName("stage-timeline");
        actions.addClassName("lifecycle-actions");
        root.add(title, basis, chain(), timeline, actions);
        show();
    }

    private Div chain() {
        Div chain = new Div();
        chain.addClassName("agreement-chain");
        if (agreement.getPredecessor() != null) {
            Agreement before = agreement.getPredecessor();
            chain.add(line("agreement.chain.extends", before.getId(), before.getTitle()));
        }
        successor.ifPresent(after -> chain.add(line("agreement.chain.extended-by", after.id(), after.title())));
        chain.setVisible(chain.getComponentCount() > 0);
        return chain;
    }

    private Div line(String key, long id, String title) {
        Anchor link = new Anchor(AgreementListView.PATH + "/" + id, title);
        link.addClassName("chain-link");
        Div line = new Div(VaadinIcon.LINK.create(), new Span(getTranslation(key) + " "), link);
        line.addClassName("chain-line");
        return line;
    }

    private void show() {
        List<StageStep> steps = stages.steps(agreement.getId());
        Set<Stage> recorded = steps.stream()
                .map(StageStep::stage)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Stage.class)));
        List<Stage> next = StageFlow.next(StageFlow.of(agreement), recorded, agreement.getStage());
        timeline.removeAll();
        if (steps.isEmpty() && agreement.getStage() != Stage.PROPOSAL) {
            ListItem before = new ListItem(new Span(getTranslation(
                    "agreement.lifecycle.before-register",
                    getTranslation("stage." + agreement.getStage().name()))));
            before.addClassNames("stage-step", "stage-legacy");
            timeline.add(before);
        }
        steps.forEach(step -> timeline.add(recordedStep(step)));
        if (agreement.getStage() != Stage.EXTENDED && agreement.getStage() != Stage.ENDED) {
            Stage first = next.stream()
                    .filter(stage -> stage != Stage.ENDED)
                    .findFirst()
                    .orElse(null);
            boolean afterReached = agreement.getStage().ordinal() >= Stage.IN_FORCE.ordinal();
            for (Stage stage : StageFlow.of(agreement)) {
                if (!recorded.contains(stage) && !afterReached) {
                    timeline.add(pendingStep(stage, stage == first));
                }
            }
            if (first == Stage.EVALUATED) {
                timeline.add(pendingStep(Stage.EVALUATED, true));
            }
        }
        actions.removeAll();
        if (editable) {
            next.stream().filter(stage -> stage != Stage.ENDED).forEach(stage -> {
                Button record = new Button(
                        getTranslation("agreement.lifecycle.record", getTranslation("stage." + stage.name())),
                        VaadinIcon.PLUS.create(),
                        event -> unsavedFirst.accept(() -> openDialog(stage)));
                record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                record.addClassName("record-step");
                actions.add(record);
            });
            if (canExtend()) {
                extend = new Button(
                        getTranslation("agreement.extend"),
                        VaadinIcon.REFRESH.create(),
                        event -> unsavedFirst.accept(this::extend));
                extend.addThemeVariants(ButtonVariant.LUMO_SMALL);
                extend.setTooltipText(getTranslation("agreement.extend.helper"));
                actions.add(extend);
            }
            if (next.contains(Stage.ENDED)) {
                Button end = new Button(
                        getTranslation("agreement.lifecycle.end"),
                        event -> unsavedFirst.accept(() -> openDialog(Stage.ENDED)));
                end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                actions.add(end);
            }
            if (!steps.isEmpty() && steps.get(steps.size() - 1).stage() != Stage.EXTENDED) {
                Button undo = new Button(
                        getTranslation("agreement.lifecycle.undo"), event -> unsavedFirst.accept(this::undo));
                undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                actions.add(undo);
            }
        }
        actions.setVisible(actions.getComponentCount() > 0);
    }

    private boolean canExtend() {
        return agreement.mayBeExtended(LocalDate.now(clock)) && successor.isEmpty();
    }

    private ListItem recordedStep(StageStep step) {
        Span label = new Span(getTranslation("stage." + step.stage().name()));
        label.addClassName("stage-label");
        Span date = new Span(Formats.date(step.happenedOn(), getLocale()));
        date.addClassName("stage-date");
        Div head = new Div(label, date);
        head.addClassName("stage-head");
        ListItem item = new ListItem(head);
        item.addClassNames("stage-step", "stage-done");
        if (step.referenceNumber() != null) {
            item.add(detail(getTranslation("agreement.lifecycle.number", step.referenceNumber())));
        }
        if (step.detail() != null) {
            item.add(detail(step.detail()));
        }
        if (step.fileName() != null) {
            Anchor document = new Anchor(DocumentDownloadHandler.ofStep(stages, step.id()), step.fileName());
            document.setTarget(AnchorTarget.BLANK);
            document.addClassName("stage-document");
            item.add(new Div(VaadinIcon.FILE_TEXT_O.create(), document));
        }
        Span who = new Span(getTranslation(
                "agreement.lifecycle.recorded-by",
                step.recordedBy(),
                Formats.dateTime(step.recordedAt(), getLocale())));
        who.addClassName("stage-who");
        item.add(who);
        return item;
    }

    private Span detail(String text) {
        Span span = new Span(text);
        span.addClassName("stage-detail");
        return span;
    }

    private ListItem pendingStep(Stage stage, boolean next) {
        Span label = new Span(getTranslation("stage." + stage.name()));
        label.addClassName("stage-label");
        ListItem item = new ListItem(new Div(label));
        item.addClassNames("stage-step", next ? "stage-next" : "stage-pending");
        if (next) {
            Span hint = new Span(getTranslation("agreement.lifecycle.next"));
            hint.addClassName("stage-who");
            item.add(hint);
        }
        return item;
    }

    private void openDialog(Stage stage) {
        new StageDialog(stages, agreement, stage, clock, saved -> {
                    Notifications.success(
                            getTranslation("agreement.lifecycle.recorded", getTranslation("stage." + stage.name())));
                    reopen.accept(saved.getId());
                })
                .open();
    }

    private void undo() {
        try {
            stages.undoLast(agreement.getId(), agreement.getVersion());
            Notifications.success(getTranslation("agreement.lifecycle.undone"));
            reopen.accept(agreement.getId());
        } catch (StaleRecordException e) {
            RecordMessages.stale(() -> reopen.accept(agreement.getId()));
        } catch (StageRefusedException e) {
            Notifications.error(StageDialog.message(this, e));
        }
    }

    private void extend() {
        try {
            Agreement successor = agreements.extend(agreement.getId(), agreement.getVersion());
            Notifications.success(getTranslation("agreement.extended", agreement.getTitle()));
            reopen.accept(successor.getId());
        } catch (StaleRecordException e) {
            RecordMessages.stale(() -> reopen.accept(agreement.getId()));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
    }
}
