package id.bandung.kerjasama.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.shared.Registration;

/** What record forms raise; list views listen and call the services (forms never do). */
public final class FormEvents {

    private FormEvents() {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Registration onSave(Component form, ComponentEventListener<SaveEvent<T>> listener) {
        return ComponentUtil.addListener(form, SaveEvent.class, (ComponentEventListener) listener);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Registration onDelete(Component form, ComponentEventListener<DeleteEvent<T>> listener) {
        return ComponentUtil.addListener(form, DeleteEvent.class, (ComponentEventListener) listener);
    }

    public static Registration onCancel(Component form, ComponentEventListener<CancelEvent> listener) {
        return ComponentUtil.addListener(form, CancelEvent.class, listener);
    }

    /** The user saved valid input into {@link #record()}. */
    public static class SaveEvent<T> extends ComponentEvent<Component> {
        private final T record;

        public SaveEvent(Component source, T record) {
            super(source, false);
            this.record = record;
        }

        public T record() {
            return record;
        }
    }

    /** The user asked to delete {@link #record()}. */
    public static class DeleteEvent<T> extends ComponentEvent<Component> {
        private final T record;

        public DeleteEvent(Component source, T record) {
            super(source, false);
            this.record = record;
        }

        public T record() {
            return record;
        }
    }

    /** The user cancelled: the record stays as it was. */
    public static class CancelEvent extends ComponentEvent<Component> {
        public CancelEvent(Component source) {
            super(source, false);
        }
    }
}
