package id.bandung.kerjasama.monitoring;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.AuditValues;
import id.bandung.kerjasama.base.domain.Auditable;
import id.bandung.kerjasama.base.domain.OptionalText;
import id.bandung.kerjasama.base.domain.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;

/**
 * An implementation report (laporan Monev) of an agreement for a period; with a recommendation it is an evaluation,
 * which ends a report cycle.
 */
@MonevRules
@Entity
@Table(name = "monev_report")
public class MonevReport extends AbstractEntity implements Auditable {

    public static final String RECORD_TYPE = "MonevReport";
    public static final int TEXT_MAX = 4000;
    public static final int NAME_MAX = 200;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @NotNull(message = "{validation.required}")
    @Column(nullable = false)
    private LocalDate periodFrom;

    @NotNull(message = "{validation.required}")
    @Column(nullable = false)
    private LocalDate periodTo;

    @NotBlank(message = "{validation.required}")
    @PlainText(max = TEXT_MAX, multiline = true)
    @Column(nullable = false, length = TEXT_MAX)
    private String activities;

    @PlainText(max = TEXT_MAX, multiline = true)
    @Column(length = TEXT_MAX)
    private String outputs;

    @PlainText(max = TEXT_MAX, multiline = true)
    @Column(length = TEXT_MAX)
    private String outcomes;

    @PlainText(max = TEXT_MAX, multiline = true)
    @Column(length = TEXT_MAX)
    private String obstacles;

    @PlainText(max = TEXT_MAX, multiline = true)
    @Column(length = TEXT_MAX)
    private String followUp;

    @NotBlank(message = "{validation.required}")
    @PlainText(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String responsibleUnit;

    @NotBlank(message = "{validation.required}")
    @PlainText(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String personInCharge;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Recommendation recommendation;

    protected MonevReport() {}

    public MonevReport(Agreement agreement, LocalDate periodFrom, LocalDate periodTo) {
        this.agreement = agreement;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
    }

    /** An evaluation: it ends the report cycle with a recommendation. */
    public boolean isEvaluation() {
        return recommendation != null;
    }

    @Override
    public Map<String, String> auditValues() {
        return new AuditValues()
                .put("agreement", agreement)
                .put("periodFrom", periodFrom)
                .put("periodTo", periodTo)
                .put("activities", activities)
                .put("outputs", outputs)
                .put("outcomes", outcomes)
                .put("obstacles", obstacles)
                .put("followUp", followUp)
                .put("responsibleUnit", responsibleUnit)
                .put("personInCharge", personInCharge)
                .put("recommendation", recommendation)
                .toMap();
    }

    @Override
    public String auditLabel() {
        return "Monev " + periodFrom + " – " + periodTo;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getActivities() {
        return activities;
    }

    public void setActivities(String activities) {
        this.activities = OptionalText.orNull(activities);
    }

    public String getOutputs() {
        return outputs;
    }

    public void setOutputs(String outputs) {
        this.outputs = OptionalText.orNull(outputs);
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = OptionalText.orNull(outcomes);
    }

    public String getObstacles() {
        return obstacles;
    }

    public void setObstacles(String obstacles) {
        this.obstacles = OptionalText.orNull(obstacles);
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = OptionalText.orNull(followUp);
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public void setResponsibleUnit(String responsibleUnit) {
        this.responsibleUnit = OptionalText.orNull(responsibleUnit);
    }

    public String getPersonInCharge() {
        return personInCharge;
    }

    public void setPersonInCharge(String personInCharge) {
        this.personInCharge = OptionalText.orNull(personInCharge);
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }
}
