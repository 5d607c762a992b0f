package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The side panel where a record is read and edited, the same in every list: a title with the record's state, the
 * form, and its history on a second tab (loaded when opened). Closing raises a {@link CloseEvent}; the list decides
 * whether unsaved changes need a question first. Escape closes it.
 */
public class EditorPanel extends Composite<Aside> {

    private final H2 title = new H2();
    private final Span badge = new Span();
    private final Div body = new Div();
    private TabSheet tabs;
    private Tab historyTab;
    private Div historyHolder;
    private Component shownForm;
    private Supplier<Component> history;
    private final List<Consumer<Boolean>> visibilityListeners = new ArrayList<>();

    public EditorPanel() {
        Aside aside = getContent();
        aside.addClassName("editor-panel");
        aside.getElement().setAttribute("aria-labelledby", "editor-title");
        title.setId("editor-title");
        badge.addClassName("editor-badge");
        Button close = new Button(VaadinIcon.CLOSE.create(), event -> fireEvent(new CloseEvent(this)));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("action.close"));
        close.setTooltipText(getTranslation("action.close"));
        close.addClassName("editor-close");
        Div heading = new Div(title, badge);
        heading.addClassName("editor-heading");
        Div header = new Div(heading, close);
        header.addClassName("editor-header");
        body.addClassName("editor-body");
        aside.add(header, body);
        aside.getElement()
                .addEventListener("keydown", event -> fireEvent(new CloseEvent(this)))
                .setFilter("event.key === 'Escape'");
        setVisible(false);
    }

    /**
     * Shows a record: its form, and (for a saved record) its history on a second tab.
     *
     * @param history builds the history when its tab is first opened; null for a new record
     */
    public void show(String titleText, Component form, Supplier<Component> history) {
        title.setText(titleText);
        if (history == null) {
            body.removeAll();
            body.add(form);
            tabs = null;
        } else if (tabs != null && shownForm == form) {
            // The same form again (after a save): the tab sheet stays. Moving the form into a new tab sheet in the
            // same round trip leaves its panel empty in the browser.
            this.history = history;
            historyHolder.removeAll();
            if (tabs.getSelectedTab() == historyTab) {
                historyHolder.add(history.get());
            }
        } else {
            body.removeAll();
            this.history = history;
            tabs = new TabSheet();
            tabs.addClassName("editor-tabs");
            tabs.add(getTranslation("editor.tab.details"), form);
            historyHolder = new Div();
            historyTab = tabs.add(getTranslation("editor.tab.history"), historyHolder);
            tabs.addSelectedChangeListener(event -> {
                if (event.getSelectedTab() == historyTab && historyHolder.getComponentCount() == 0) {
                    historyHolder.add(this.history.get());
                }
            });
            body.add(tabs);
        }
        shownForm = form;
        setOpen(true);
    }

    public void setBadge(String text, String theme) {
        badge.setText(text == null ? "" : text);
        badge.getElement().getThemeList().clear();
        if (text != null && theme != null) {
            badge.getElement().getThemeList().add("badge " + theme);
        }
        badge.setVisible(text != null);
    }

    public String getTitle() {
        return title.getText();
    }

    public void close() {
        setOpen(false);
        body.removeAll();
        tabs = null;
        shownForm = null;
    }

    public boolean isOpen() {
        return isVisible();
    }

    /** Told {@code true} when the panel opens and {@code false} when it closes. */
    public void addVisibilityListener(Consumer<Boolean> listener) {
        visibilityListeners.add(listener);
    }

    private void setOpen(boolean open) {
        setVisible(open);
        visibilityListeners.forEach(listener -> listener.accept(open));
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }

    /** The user asked to close the panel (its button or Escape). */
    public static class CloseEvent extends ComponentEvent<EditorPanel> {
        public CloseEvent(EditorPanel source) {
            super(source, true);
        }
    }
}
