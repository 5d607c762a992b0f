package id.bandung.kerjasama.audit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.bandung.kerjasama.audit.AuditQueries;
import id.bandung.kerjasama.audit.AuditRow;
import id.bandung.kerjasama.base.ui.Formats;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A record's history, newest first: who did what, when, and each changed field with its old and new value. Field
 * names are translated with the record's form labels ({@code partner.field.name}); values through the formatter the
 * view gives (for enumerations, countries, yes/no).
 */
public class RecordHistory extends Composite<Div> {

    public RecordHistory(
            AuditQueries audit,
            String recordType,
            long recordId,
            String fieldKeyPrefix,
            BiFunction<String, String, String> valueFormatter) {
        Div content = getContent();
        content.addClassName("record-history");
        List<AuditRow> events = audit.history(recordType, recordId);
        if (events.isEmpty()) {
            content.add(new Paragraph(getTranslation("history.empty")));
            return;
        }
        for (AuditRow event : events) {
            Div entry = new Div();
            entry.addClassName("history-entry");
            Span action =
                    new Span(getTranslation("history.action." + event.action().name()));
            action.addClassName("history-action");
            Span meta =
                    new Span(getTranslation("history.by", event.username(), Formats.dateTime(event.at(), getLocale())));
            meta.addClassName("history-meta");
            entry.add(new Div(action, meta));
            for (AuditRow.Change change : event.changes()) {
                Div line = new Div();
                line.addClassName("history-change");
                Span field = new Span(getTranslation(fieldKeyPrefix + change.field()));
                field.addClassName("history-field");
                Span oldValue = new Span(shown(valueFormatter, change.field(), change.oldValue()));
                oldValue.addClassName("history-old");
                Span newValue = new Span(shown(valueFormatter, change.field(), change.newValue()));
                newValue.addClassName("history-new");
                line.add(field, oldValue, new Span("→"), newValue);
                entry.add(line);
            }
            content.add(entry);
        }
    }

    private String shown(BiFunction<String, String, String> formatter, String field, String value) {
        return value == null ? getTranslation("history.none") : formatter.apply(field, value);
    }
}
