package id.bandung.kerjasama.support;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Removes, after each test, the records a committing test wrote, so that the tests that follow find the database as
 * start-up left it and can expect exact figures. Records are told apart by their ids (every table's identity only
 * grows), throttle rows by their keys. The audit log is append-only and keeps its entries; they name record ids no
 * later record will have. Rows the test changed but did not create stay changed: a committing test leaves the facts
 * and the sample accounts as they were.
 */
public class CommittedRows implements BeforeEachCallback, AfterEachCallback {

    /** Children before parents. */
    private static final List<String> TABLES = List.of(
            "adoption",
            "agreement",
            "software",
            "partner",
            "display_link",
            "calendar_feed",
            "user_account",
            "backup_run",
            "import_batch");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CommittedRows.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        JdbcTemplate jdbc = jdbc(context);
        Map<String, Long> lastIds = new LinkedHashMap<>();
        for (String table : TABLES) {
            lastIds.put(table, jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class));
        }
        context.getStore(NAMESPACE).put("ids", lastIds);
        context.getStore(NAMESPACE)
                .put(
                        "keys",
                        new HashSet<>(jdbc.queryForList("select throttle_key from sign_in_throttle", String.class)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterEach(ExtensionContext context) {
        JdbcTemplate jdbc = jdbc(context);
        Map<String, Long> lastIds = context.getStore(NAMESPACE).get("ids", Map.class);
        Set<String> keys = context.getStore(NAMESPACE).get("keys", Set.class);
        if (lastIds == null || keys == null) {
            return;
        }
        // An agreement may name a newer one as its parent: children of the new ones first.
        jdbc.update(
                "delete from adoption where id > ? or agreement_id > ? or partner_id > ? or software_id > ?",
                lastIds.get("adoption"),
                lastIds.get("agreement"),
                lastIds.get("partner"),
                lastIds.get("software"));
        jdbc.update("update agreement set parent_id = null where parent_id > ?", lastIds.get("agreement"));
        jdbc.update(
                "delete from agreement where id > ? or partner_id > ?",
                lastIds.get("agreement"),
                lastIds.get("partner"));
        for (String table : List.of(
                "software", "partner", "display_link", "calendar_feed", "user_account", "backup_run", "import_batch")) {
            jdbc.update("delete from " + table + " where id > ?", lastIds.get(table));
        }
        jdbc.queryForList("select throttle_key from sign_in_throttle", String.class).stream()
                .filter(key -> !keys.contains(key))
                .forEach(key -> jdbc.update("delete from sign_in_throttle where throttle_key = ?", key));
    }

    private static JdbcTemplate jdbc(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
    }
}
