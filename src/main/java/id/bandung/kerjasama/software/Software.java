package id.bandung.kerjasama.software;

import id.bandung.kerjasama.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An application (aplikasi) that Bandung shares with other regions. */
@Entity
@Table(name = "software")
public class Software extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int ACRONYM_MAX = 40;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int OWNER_UNIT_MAX = 200;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = ACRONYM_MAX)
    @Column(length = ACRONYM_MAX)
    private String acronym;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SoftwareCategory category;

    /** The city unit (OPD) that owns it. */
    @Size(max = OWNER_UNIT_MAX)
    @Column(length = OWNER_UNIT_MAX)
    private String ownerUnit;

    /** Recommended by the Corruption Eradication Commission (KPK). */
    @Column(nullable = false)
    private boolean kpkRecommended;

    @Column(nullable = false)
    private boolean sample;

    protected Software() {
    }

    public Software(String name, String acronym, SoftwareCategory category) {
        this.name = name;
        this.acronym = acronym;
        this.category = category;
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
        this.acronym = acronym;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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
        this.ownerUnit = ownerUnit;
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
