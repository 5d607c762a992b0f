package id.bandung.kerjasama.software;

import id.bandung.kerjasama.agreement.Agreement;
import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.AuditValues;
import id.bandung.kerjasama.base.domain.Auditable;
import id.bandung.kerjasama.base.domain.OptionalText;
import id.bandung.kerjasama.base.domain.PlainText;
import id.bandung.kerjasama.partner.Partner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;

/** A partner adopting a piece of software; one per partner and software. */
@Entity
@Table(name = "adoption")
public class Adoption extends AbstractEntity implements Auditable {

    public static final String RECORD_TYPE = "Adoption";
    public static final int NOTES_MAX = 4000;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "software_id", nullable = false)
    private Software software;

    /** The agreement the adoption falls under, when there is one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AdoptionStatus status;

    private LocalDate since;

    @PlainText(max = NOTES_MAX, multiline = true)
    @Column(length = NOTES_MAX)
    private String notes;

    @Column(nullable = false)
    private boolean sample;

    protected Adoption() {}

    public Adoption(Partner partner, Software software, AdoptionStatus status) {
        this.partner = partner;
        this.software = software;
        this.status = status;
    }

    @Override
    public Map<String, String> auditValues() {
        return new AuditValues()
                .put("partner", partner)
                .put("software", software)
                .put("agreement", agreement)
                .put("status", status)
                .put("since", since)
                .put("notes", notes)
                .toMap();
    }

    @Override
    public String auditLabel() {
        return software.getName() + " – " + partner.getName();
    }

    public Partner getPartner() {
        return partner;
    }

    public void setPartner(Partner partner) {
        this.partner = partner;
    }

    public Software getSoftware() {
        return software;
    }

    public void setSoftware(Software software) {
        this.software = software;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public void setAgreement(Agreement agreement) {
        this.agreement = agreement;
    }

    public AdoptionStatus getStatus() {
        return status;
    }

    public void setStatus(AdoptionStatus status) {
        this.status = status;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = OptionalText.orNull(notes);
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }
}
