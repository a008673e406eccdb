package vn.langso.visits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import vn.langso.kernel.SearchKey;

/** A household of a hamlet. Its unit is kept by id: the organisation owns units, this component only points at one. */
@Entity
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id")
    private long unitId;

    private String code;

    @Column(name = "client_id")
    private String clientId;

    private String headName;
    private String searchKey;
    private String houseNumber;
    private String street;
    private String phone;
    private int residents;
    private String notes;
    private BigDecimal latitude;
    private BigDecimal longitude;

    @Column(name = "accuracy_m")
    private Integer accuracyMeters;

    private boolean active = true;
    private LocalDateTime createdAt;
    private String createdBy;

    @Version
    private long version;

    protected Household() {}

    public Household(long unitId, String code, String clientId, LocalDateTime createdAt, String createdBy) {
        this.unitId = unitId;
        this.code = code;
        this.clientId = clientId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void describe(
            String headName, String houseNumber, String street, String phone, int residents, String notes) {
        this.headName = headName;
        this.searchKey = SearchKey.of(headName);
        this.houseNumber = houseNumber;
        this.street = street;
        this.phone = phone;
        this.residents = residents;
        this.notes = notes;
    }

    public void locate(BigDecimal latitude, BigDecimal longitude, Integer accuracyMeters) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.accuracyMeters = accuracyMeters;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** For a household given no code: one made from its id, once it has one (unique, as the id is). */
    public void takeCodeFromId() {
        this.code = String.format("H%06d", id);
    }

    public String getClientId() {
        return clientId;
    }

    public String getHeadName() {
        return headName;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public String getStreet() {
        return street;
    }

    public String getPhone() {
        return phone;
    }

    public int getResidents() {
        return residents;
    }

    public String getNotes() {
        return notes;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public Integer getAccuracyMeters() {
        return accuracyMeters;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
