package id.bandung.kerjasama.partner;

import id.bandung.kerjasama.base.domain.AbstractEntity;
import id.bandung.kerjasama.base.domain.CountryCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;

/** A body Bandung cooperates with (mitra): a region, a foreign city, an institution, a company... */
@Entity
@Table(name = "partner")
public class Partner extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int WEBSITE_MAX = 255;
    public static final int CONTACT_MAX = 500;
    public static final int NOTES_MAX = 4000;
    public static final String INDONESIA = "ID";

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PartnerKind kind;

    @NotNull
    @CountryCode
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Province province;

    @Column(nullable = false)
    private boolean bordersBandung;

    @DecimalMin("-90")
    @DecimalMax("90")
    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Size(max = WEBSITE_MAX)
    @Column(length = WEBSITE_MAX)
    private String website;

    @Size(max = CONTACT_MAX)
    @Column(length = CONTACT_MAX)
    private String contact;

    @Size(max = NOTES_MAX)
    @Column(length = NOTES_MAX)
    private String notes;

    @Column(nullable = false)
    private boolean sample;

    protected Partner() {
    }

    public Partner(String name, PartnerKind kind, String country) {
        this.name = name;
        this.kind = kind;
        this.country = country;
    }

    @AssertTrue(message = "{partner.province.only-in-indonesia}")
    boolean isProvinceOnlyInIndonesia() {
        return province == null || INDONESIA.equals(country);
    }

    @AssertTrue(message = "{partner.coordinates.together}")
    boolean isCoordinatesTogether() {
        return (latitude == null) == (longitude == null);
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
        this.website = website;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isSample() {
        return sample;
    }

    public void setSample(boolean sample) {
        this.sample = sample;
    }
}
