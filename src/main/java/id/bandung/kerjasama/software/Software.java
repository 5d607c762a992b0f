package id.bandung.kerjasama.software;

import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.AuditValues;
import id.bandung.kerjasama.base.domain.Auditable;
import id.bandung.kerjasama.base.domain.OptionalText;
import id.bandung.kerjasama.base.domain.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** An application (aplikasi) that Bandung shares with other regions. */
@Entity
@Table(name = "software")
public class Software extends AbstractEntity implements Auditable {

    public static final String RECORD_TYPE = "Software";
    public static final int NAME_MAX = 200;
    public static final int ACRONYM_MAX = 40;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int OWNER_UNIT_MAX = 200;

    @NotBlank(message = "{validation.required}")
    @PlainText(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @PlainText(max = ACRONYM_MAX)
    @Column(length = ACRONYM_MAX)
    private String acronym;

    @PlainText(max = DESCRIPTION_MAX, multiline = true)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SoftwareCategory category;

    /** The city unit (OPD) that owns it. */
    @PlainText(max = OWNER_UNIT_MAX)
    @Column(length = OWNER_UNIT_MAX)
    private String ownerUnit;

    /** Recommended by the Corruption Eradication Commission (KPK). */
    @Column(nullable = false)
    private boolean kpkRecommended;

    @Column(nullable = false)
    private boolean sample;

    protected Software() {}

    public Software(String name, String acronym, SoftwareCategory category) {
        this.name = name;
        this.acronym = acronym;
        this.category = category;
    }

    @Override
    public Map<String, String> auditValues() {
        return new AuditValues()
                .put("name", name)
                .put("acronym", acronym)
                .put("description", description)
                .put("category", category)
                .put("ownerUnit", ownerUnit)
                .put("kpkRecommended", kpkRecommended)
                .toMap();
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = OptionalText.orNull(acronym);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = OptionalText.orNull(description);
    }

    public SoftwareCategory getCategory() {
        return category;
    }

    public void setCategory(SoftwareCategory category) {
        this.category = category;
    }

    public String getOwnerUnit() {
        return ownerUnit;
    }

    public void setOwnerUnit(String ownerUnit) {
        this.ownerUnit = OptionalText.orNull(ownerUnit);
    }

    public boolean isKpkRecommended() {
        return kpkRecommended;
    }

    public void setKpkRecommended(boolean kpkRecommended) {
        this.kpkRecommended = kpkRecommended;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }
}
