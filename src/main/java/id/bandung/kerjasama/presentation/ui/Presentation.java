package id.bandung.kerjasama.presentation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.bandung.kerjasama.base.ui.Formats;
import id.bandung.kerjasama.base.ui.Notifications;
import java.util.ArrayList;
import java.util.List;

/**
 * The briefing mode: one slide at a time on a black screen, advancing by itself and by keyboard (← → or a
 * presenter's clicker, space to pause, Home, End, F for full screen), with a progress bar and controls that hide
 * until the mouse moves. Every slide stays in the page, hidden, so that charts keep their size and the whole deck
 * prints, one slide per A4 landscape page.
 */
class Presentation extends Composite<Div> {

    final List<Slide> slides = new ArrayList<>();
    final PresentationOptions options;
    private final Div stage = new Div();
    private final Div progress = new Div();
    private final Span counter = new Span();
    private final Span updated = new Span();
    private final Button pause = new Button();
    private Div progressFill;
    private int current;
    private boolean paused;

    /**
     * Empty, marked {@code loading}, until {@link #showFigures} brings the first figures.
     *
     * @param exit  where the exit control leads (the dashboard), or null on a display screen
     */
    Presentation(PresentationOptions options, String exit) {
        this.options = options;
        Div root = getContent();
        root.addClassNames("presentation", options.light() ? "presentation-light" : "presentation-dark", "loading");
        stage.addClassName("slides");
        stage.getElement().setAttribute("aria-live", "polite");
        for (SlideKey key : options.slides()) {
            Slide slide = switch (key) {
                case KPI -> new KpiSlide();
                case MONEV -> new MonevSlide();
                case MAP -> new MapSlide();
                default -> key.chart != null ? new ChartSlide(key, !options.light()) : new PartnersSlide(key);
            };
            slides.add(slide);
            stage.add(slide);
        }
        progress.addClassName("progress");
        progress.getElement().setAttribute("aria-hidden", "true");
        Span pausedBadge = new Span(VaadinIcon.PAUSE.create(), new Span(getTranslation("presentation.paused")));
        pausedBadge.addClassName("pause-badge");
        pausedBadge.getElement().setAttribute("role", "status");
        counter.addClassName("slide-counter");
        updated.addClassName("slide-updated");
        Footer footer = new Footer(new Span(getTranslation("app.name")), updated, counter);
        footer.addClassName("presentation-footer");
        root.add(stage, pausedBadge, footer, progress, controls(exit), new Screen(options.light()));

        Shortcuts.addShortcutListener(root, this::next, Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(root, this::next, Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(root, this::previous, Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(root, this::previous, Key.PAGE_UP);
        Shortcuts.addShortcutListener(root, this::togglePause, Key.SPACE);
        Shortcuts.addShortcutListener(root, () -> show(0), Key.HOME);
        Shortcuts.addShortcutListener(root, () -> show(slides.size() - 1), Key.END);
    }

    private Nav controls(String exit) {
        Button previous = control(VaadinIcon.ARROW_LEFT, "presentation.control.previous", this::previous);
        Button next = control(VaadinIcon.ARROW_RIGHT, "presentation.control.next", this::next);
        pause.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST);
        pause.addClickListener(event -> togglePause());
        pause.addClassName("pause-button");
        showPauseState();
        Button fullscreen = control(VaadinIcon.EXPAND_SQUARE, "presentation.control.fullscreen", null);
        fullscreen.addClassName("fullscreen-button");
        Nav controls = new Nav(previous, pause, next, fullscreen);
        if (exit != null) {
            Anchor leave = new Anchor(exit, new Icon(VaadinIcon.CLOSE));
            leave.setRouterIgnore(true); // a fresh page, with the user's own colour scheme
            leave.addClassName("exit-link");
            leave.getElement().setAttribute("aria-label", getTranslation("presentation.control.exit"));
            leave.getElement().setAttribute("title", getTranslation("presentation.control.exit"));
            controls.add(leave);
        }
        controls.addClassName("presentation-controls");
        controls.getElement().setAttribute("aria-label", getTranslation("presentation.controls"));
        return controls;
    }

    private Button control(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(new Icon(icon));
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        if (action != null) {
            button.addClickListener(event -> action.run());
        }
        return button;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (!options.unknown().isEmpty()) {
            Notifications.error(getTranslation("presentation.unknown-slides", String.join(", ", options.unknown())));
        }
        show(current);
    }

    /** Draws every slide from new figures; the current slide and the pause state stay. */
    void showFigures(PresentationData figures) {
        getContent().removeClassName("loading");
        slides.forEach(slide -> slide.show(figures));
        updated.setText(getTranslation(
                "presentation.updated", Formats.dateTime(figures.figures().computedAt(), getLocale())));
    }

    void next() {
        show((current + 1) % slides.size());
    }

    void previous() {
        show((current - 1 + slides.size()) % slides.size());
    }

    void togglePause() {
        paused = !paused;
        showPauseState();
    }

    private void showPauseState() {
        getContent().setClassName("paused", paused);
        pause.setIcon(new Icon(paused ? VaadinIcon.PLAY : VaadinIcon.PAUSE));
        String label = getTranslation(paused ? "presentation.control.play" : "presentation.control.pause");
        pause.setAriaLabel(label);
        pause.setTooltipText(label);
    }

    void show(int index) {
        slides.get(current).getContent().removeClassName("current");
        slides.forEach(slide -> slide.getContent().getElement().setAttribute("aria-hidden", "true"));
        current = index;
        Slide slide = slides.get(current);
        slide.getContent().addClassName("current");
        slide.getContent().getElement().removeAttribute("aria-hidden");
        counter.setText(getTranslation("presentation.counter", current + 1, slides.size()));
        restartProgress();
    }

    /** A new bar each slide, so the CSS animation starts over; its end moves to the next slide. */
    private void restartProgress() {
        if (progressFill != null) {
            progress.remove(progressFill);
        }
        progressFill = new Div();
        progressFill.addClassName("progress-fill");
        progressFill.getStyle().set("animation-duration", options.intervalSeconds() + "s");
        progressFill.getElement().addEventListener("animationend", event -> next());
        progress.add(progressFill);
    }

    Slide currentSlide() {
        return slides.get(current);
    }

    boolean isPaused() {
        return paused;
    }

    Component progressFill() {
        return progressFill;
    }

    /**
     * The deck's part in the browser ({@code frontend/components/presentation-screen.ts}): controls that show on a
     * mouse move, F and the button for full screen, the zoom that fits a slide on A4, and the page's colour scheme.
     */
    @Tag("kerjasama-presentation-screen")
    @JsModule("./components/presentation-screen.ts")
    private static final class Screen extends Component {

        Screen(boolean light) {
            getElement().setAttribute("scheme", light ? "light" : "dark");
            getElement().setAttribute("hidden", true);
        }
    }
}
