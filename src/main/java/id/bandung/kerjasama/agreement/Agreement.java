package id.bandung.kerjasama.agreement;

import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.AuditValues;
import id.bandung.kerjasama.base.domain.Auditable;
import id.bandung.kerjasama.base.domain.EmailAddress;
import id.bandung.kerjasama.base.domain.OptionalText;
import id.bandung.kerjasama.base.domain.PlainText;
import id.bandung.kerjasama.partner.Partner;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A cooperation document (naskah kerja sama) with a partner. Its status follows from its dates. */
@AgreementRules
@Entity
@Table(name = "agreement")
public class Agreement extends AbstractEntity implements Auditable {

    public static final String RECORD_TYPE = "Agreement";
    public static final int TITLE_MAX = 300;
    public static final int NUMBER_MAX = 100;
    public static final int CONTACT_NAME_MAX = 200;
    public static final int TERMINATION_REASON_MAX = 1000;
    public static final int NOTES_MAX = 4000;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Obligation obligation;

    /** Null while not recorded: the briefing facts do not say which kind of document each agreement is. */
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private DocumentKind documentKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agreement parent;

    @NotBlank(message = "{validation.required}")
    @PlainText(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "agreement_field", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "field", length = 16, nullable = false)
    private Set<CooperationField> fields = EnumSet.noneOf(CooperationField.class);

    @PlainText(max = NUMBER_MAX)
    @Column(length = NUMBER_MAX)
    private String bandungNumber;

    @PlainText(max = NUMBER_MAX)
    @Column(length = NUMBER_MAX)
    private String partnerNumber;

    private LocalDate signedOn;
    private LocalDate startOn;
    private LocalDate endOn;
    private LocalDate terminatedOn;

    @PlainText(max = TERMINATION_REASON_MAX, multiline = true)
    @Column(length = TERMINATION_REASON_MAX)
    private String terminationReason;

    @PlainText(max = NOTES_MAX, multiline = true)
    @Column(length = NOTES_MAX)
    private String notes;

    @Column(nullable = false)
    private boolean sample;

    /** The last lifecycle step reached; moved only by {@link StageService}. */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Stage stage = Stage.PROPOSAL;

    /** The agreement this one extends ({@link AgreementService#extend}). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    private Agreement predecessor;

    /** Burdens the public (membebani masyarakat): with {@link #unbudgeted}, what makes DPRD approval necessary. */
    @Column(nullable = false)
    private boolean burdensPublic;

    /** Not in the current regional budget (belum dianggarkan dalam APBD tahun berjalan). */
    @Column(nullable = false)
    private boolean unbudgeted;

    /** Signed on Bandung's side by a proxy rather than the mayor. */
    @Column(nullable = false)
    private boolean signedByProxy;

    /** The number of the power of attorney (surat kuasa) a proxy signed with. */
    @PlainText(max = NUMBER_MAX)
    @Column(length = NUMBER_MAX)
    private String powerOfAttorney;

    /** The partner's or OPD's contact person for this agreement, written to by reminders when an address is known. */
    @PlainText(max = CONTACT_NAME_MAX)
    @Column(length = CONTACT_NAME_MAX)
    private String contactName;

    @EmailAddress
    @Column(length = EmailAddress.MAX)
    private String contactEmail;

    protected Agreement() {}

    public Agreement(Partner partner, Category category, Obligation obligation, String title) {
        this.partner = partner;
        this.category = category;
        this.obligation = obligation;
        this.title = title;
    }

    @Override
    public Map<String, String> auditValues() {
        return new AuditValues()
                .put("partner", partner)
                .put("category", category)
                .put("obligation", obligation)
                .put("documentKind", documentKind)
                .put("parent", parent)
                .put("title", title)
                .put("fields", fields)
                .put("bandungNumber", bandungNumber)
                .put("partnerNumber", partnerNumber)
                .put("signedOn", signedOn)
                .put("startOn", startOn)
                .put("endOn", endOn)
                .put("terminatedOn", terminatedOn)
                .put("terminationReason", terminationReason)
                .put("notes", notes)
                .put("stage", stage)
                .put("predecessor", predecessor)
                .put("burdensPublic", burdensPublic)
                .put("unbudgeted", unbudgeted)
                .put("signedByProxy", signedByProxy)
                .put("powerOfAttorney", powerOfAttorney)
                .put("contactName", contactName)
                .put("contactEmail", contactEmail)
                .toMap();
    }

    @Override
    public String auditLabel() {
        return title;
    }

    public AgreementStatus status(LocalDate today) {
        return AgreementStatus.of(signedOn, endOn, terminatedOn, stage.marksSigned(documentKind), today);
    }

    /** Signed: it has a signing date, or its stage says it was signed though the date is not recorded. */
    public boolean isSigned() {
        return signedOn != null || stage.marksSigned(documentKind);
    }

    /** Whether it may be extended (a successor aside): signed, not terminated, neither extended nor ended. */
    public boolean mayBeExtended(LocalDate today) {
        AgreementStatus status = status(today);
        return status != AgreementStatus.DRAFT
                && status != AgreementStatus.TERMINATED
                && stage != Stage.EXTENDED
                && stage != Stage.ENDED;
    }

    public Stage getStage() {
        return stage;
    }

    void setStage(Stage stage) {
        this.stage = stage;
    }

    /**
     * For a new record of an agreement that was in force before the register kept its steps (the briefing facts, an
     * imported list): in force, its history and possibly its dates not recorded.
     */
    public void markInForceBeforeTheRegister() {
        if (!isNew()) {
            throw new IllegalStateException("Only a new record may start in force; a saved one moves by its steps");
        }
        this.stage = Stage.IN_FORCE;
    }

    public Agreement getPredecessor() {
        return predecessor;
    }

    void setPredecessor(Agreement predecessor) {
        this.predecessor = predecessor;
    }

    public boolean isBurdensPublic() {
        return burdensPublic;
    }

    public void setBurdensPublic(boolean burdensPublic) {
        this.burdensPublic = burdensPublic;
    }

    public boolean isUnbudgeted() {
        return unbudgeted;
    }

    public void setUnbudgeted(boolean unbudgeted) {
        this.unbudgeted = unbudgeted;
    }

    public boolean isSignedByProxy() {
        return signedByProxy;
    }

    public void setSignedByProxy(boolean signedByProxy) {
        this.signedByProxy = signedByProxy;
    }

    public String getPowerOfAttorney() {
        return powerOfAttorney;
    }

    public void setPowerOfAttorney(String powerOfAttorney) {
        this.powerOfAttorney = OptionalText.orNull(powerOfAttorney);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = OptionalText.orNull(contactName);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = OptionalText.orNull(contactEmail == null ? null : contactEmail.trim());
    }

    public Partner getPartner() {
        return partner;
    }

    public void setPartner(Partner partner) {
        this.partner = partner;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Obligation getObligation() {
        return obligation;
    }

    public void setObligation(Obligation obligation) {
        this.obligation = obligation;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(DocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public Agreement getParent() {
        return parent;
    }

    public void setParent(Agreement parent) {
        this.parent = parent;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Set<CooperationField> getFields() {
        return fields;
    }

    public void setFields(Set<CooperationField> fields) {
        // Mutate, never replace: Hibernate tracks the collection instance it loaded.
        this.fields.clear();
        this.fields.addAll(fields);
    }

    public String getBandungNumber() {
        return bandungNumber;
    }

    public void setBandungNumber(String bandungNumber) {
        this.bandungNumber = OptionalText.orNull(bandungNumber);
    }

    public String getPartnerNumber() {
        return partnerNumber;
    }

    public void setPartnerNumber(String partnerNumber) {
        this.partnerNumber = OptionalText.orNull(partnerNumber);
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public void setStartOn(LocalDate startOn) {
        this.startOn = startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }

    public void setTerminatedOn(LocalDate terminatedOn) {
        this.terminatedOn = terminatedOn;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public void setTerminationReason(String terminationReason) {
        this.terminationReason = OptionalText.orNull(terminationReason);
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
