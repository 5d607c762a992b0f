package id.bandung.kerjasama.partner;

import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.AuditValues;
import id.bandung.kerjasama.base.domain.Auditable;
import id.bandung.kerjasama.base.domain.CountryCode;
import id.bandung.kerjasama.base.domain.OptionalText;
import id.bandung.kerjasama.base.domain.PlainText;
import id.bandung.kerjasama.base.domain.WebAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A body Bandung cooperates with (mitra): a region, a foreign city, an institution, a company... */
@PartnerRules
@Entity
@Table(name = "partner")
public class Partner extends AbstractEntity implements Auditable {

    public static final String RECORD_TYPE = "Partner";
    public static final int NAME_MAX = 200;
    public static final int WEBSITE_MAX = 255;
    public static final int CONTACT_MAX = 500;
    public static final int NOTES_MAX = 4000;
    public static final String INDONESIA = "ID";

    @NotBlank(message = "{validation.required}")
    @PlainText(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PartnerKind kind;

    @NotNull(message = "{validation.required}")
    @CountryCode
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Province province;

    /** The Kemendagri code of an Indonesian region partner ("32.77"): one partner per code (V015). */
    @Pattern(regexp = "[0-9]{2}([.][0-9]{2})?", message = "{partner.region.format}")
    @Column(length = 5)
    private String regionCode;

    @Column(nullable = false)
    private boolean bordersBandung;

    @DecimalMin(value = "-90", message = "{partner.latitude.range}")
    @DecimalMax(value = "90", message = "{partner.latitude.range}")
    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @DecimalMin(value = "-180", message = "{partner.longitude.range}")
    @DecimalMax(value = "180", message = "{partner.longitude.range}")
    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @PlainText(max = WEBSITE_MAX)
    @WebAddress
    @Column(length = WEBSITE_MAX)
    private String website;

    @PlainText(max = CONTACT_MAX, multiline = true)
    @Column(length = CONTACT_MAX)
    private String contact;

    @PlainText(max = NOTES_MAX, multiline = true)
    @Column(length = NOTES_MAX)
    private String notes;

    @Column(nullable = false)
    private boolean sample;

    protected Partner() {}

    public Partner(String name, PartnerKind kind, String country) {
        this.name = name;
        this.kind = kind;
        this.country = country;
    }

    @Override
    public Map<String, String> auditValues() {
        return new AuditValues()
                .put("name", name)
                .put("kind", kind)
                .put("country", country)
                .put("province", province)
                .put("regionCode", regionCode)
                .put("bordersBandung", bordersBandung)
                .put("latitude", latitude)
                .put("longitude", longitude)
                .put("website", website)
                .put("contact", contact)
                .put("notes", notes)
                .toMap();
    }

    @Override
    public String auditLabel() {
        return name;
    }

    public boolean isIndonesian() {
        return INDONESIA.equals(country);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Province getProvince() {
        return province;
    }

    public void setProvince(Province province) {
        this.province = province;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
    }

    public boolean isBordersBandung() {
        return bordersBandung;
    }

    public void setBordersBandung(boolean bordersBandung) {
        this.bordersBandung = bordersBandung;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = OptionalText.orNull(website);
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = OptionalText.orNull(contact);
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
