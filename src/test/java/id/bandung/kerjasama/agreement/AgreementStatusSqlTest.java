package id.bandung.kerjasama.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import id.bandung.kerjasama.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The status rule in SQL ({@link AgreementStatusSql}) against the rule in Java ({@link AgreementStatus#of}), on
 * PostgreSQL, for every combination of signing, end and termination date around the day and the expiring horizon,
 * and of stage and document kind (which tell a draft from a signed record whose date is not recorded).
 */
@IntegrationTest
class AgreementStatusSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private static final LocalDate HORIZON = AgreementStatusSql.horizon(TODAY);

    /** No date, and each date where the rule could change its answer. */
    private static final List<LocalDate> DATES = Arrays.asList(
            null, TODAY.minusDays(1), TODAY, TODAY.plusDays(1), HORIZON.minusDays(1), HORIZON, HORIZON.plusDays(1));

    @Autowired
    JdbcTemplate template;

    @Test
    void the_sql_case_and_each_condition_agree_with_the_java_rule_for_every_combination_of_dates() {
        JdbcClient jdbc = JdbcClient.create(template);
        String conditions = Arrays.stream(AgreementStatus.values())
                .map(status -> "coalesce(" + AgreementStatusSql.where(status) + ", false) as " + status.name())
                .collect(Collectors.joining(", "));
        String sql = "select " + AgreementStatusSql.CASE + " as status, " + conditions + ", coalesce("
                + AgreementStatusSql.inForce() + ", false) as in_force"
                + " from (select cast(:signed as date) as signed_on, cast(:end as date) as end_on,"
                + " cast(:terminated as date) as terminated_on, cast(:stage as varchar) as stage,"
                + " cast(:kind as varchar) as document_kind) a";
        List<String> mismatches = new ArrayList<>();
        int combinations = 0;
        List<DocumentKind> kinds = new ArrayList<>(Arrays.asList(DocumentKind.values()));
        kinds.add(null);
        for (Stage stage : Stage.values()) {
            for (DocumentKind kind : kinds) {
                for (LocalDate signed : DATES) {
                    for (LocalDate end : DATES) {
                        for (LocalDate terminated : DATES) {
                            combinations++;
                            AgreementStatus expected =
                                    AgreementStatus.of(signed, end, terminated, stage.marksSigned(kind), TODAY);
                            Map<String, Object> params = new HashMap<>();
                            params.put("today", TODAY);
                            params.put("horizon", HORIZON);
                            params.put("signed", signed);
                            params.put("end", end);
                            params.put("terminated", terminated);
                            params.put("stage", stage.name());
                            params.put("kind", kind == null ? null : kind.name());
                            Map<String, Object> row =
                                    jdbc.sql(sql).params(params).query().singleRow();
                            String dates = stage + "/" + kind + ", signed " + signed + ", end " + end + ", terminated "
                                    + terminated;
                            if (!expected.name().equals(row.get("status"))) {
                                mismatches.add(dates + ": case says " + row.get("status") + ", Java " + expected);
                            }
                            for (AgreementStatus status : AgreementStatus.values()) {
                                if (!Boolean.valueOf(status == expected)
                                        .equals(row.get(status.name().toLowerCase()))) {
                                    mismatches.add(dates + ": where(" + status + ") is "
                                            + row.get(status.name().toLowerCase()) + ", Java " + expected);
                                }
                            }
                            if (!Boolean.valueOf(expected.inForce()).equals(row.get("in_force"))) {
                                mismatches.add(dates + ": inForce() is " + row.get("in_force") + ", Java " + expected);
                            }
                        }
                    }
                }
            }
        }
        assertThat(combinations)
                .isEqualTo(Stage.values().length * kinds.size() * DATES.size() * DATES.size() * DATES.size());
        assertThat(mismatches).isEmpty();
        // Both sides of the new distinction occur: a signed stage without a date, and a proposal without one.
        assertThat(AgreementStatus.of(null, null, null, Stage.IN_FORCE.marksSigned(null), TODAY))
                .isEqualTo(AgreementStatus.UNDATED);
        assertThat(AgreementStatus.of(
                        null, null, null, Stage.KB_SIGNED.marksSigned(DocumentKind.PERJANJIAN_KERJA_SAMA), TODAY))
                .isEqualTo(AgreementStatus.DRAFT);
    }
}
