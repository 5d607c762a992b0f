package id.bandung.kerjasama.live;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a screen can follow; each topic is the tables whose changes concern it. */
public enum Topic {
    PARTNERS("partner"),
    AGREEMENTS(
            "agreement",
            "agreement_field",
            "agreement_document",
            "agreement_stage",
            "compliance_acknowledgement",
            "monev_report",
            "monev_evidence"),
    SOFTWARE("software"),
    ADOPTIONS("adoption"),
    ACCOUNTS("user_account"),
    AUDIT("audit_event"),
    DISPLAY_LINKS("display_link"),
    REMINDERS("reminder", "reminder_inbox");

    /** The topics behind the statistics: the dashboard and the presentation follow these. */
    public static final Set<Topic> RECORDS = EnumSet.of(PARTNERS, AGREEMENTS, SOFTWARE, ADOPTIONS);

    private final List<String> tables;

    Topic(String... tables) {
        this.tables = List.of(tables);
    }

    /** The topic of a table named in a change notification; empty for a table no screen follows. */
    static Set<Topic> ofTable(String table) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        Arrays.stream(values()).filter(topic -> topic.tables.contains(table)).forEach(topics::add);
        return topics;
    }
}
