package vn.langso.visits.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A household visit. Its id is the UUID the phone made, so the primary key decides which of two racing requests
 * stores it. {@code version} counts the stored
 * versions (each kept in visit_version); {@code bodyHash} is the digest of the request behind the current one.
 */
@Entity
public class Visit {

    @Id
    private String id;

    private long householdId;
    private long teamId;
    private long unitId;
    private long authorMemberId;
    private LocalDateTime visitedAt;
    private LocalDate visitedOn;
    private BigDecimal latitude;
    private BigDecimal longitude;

    @Column(name = "accuracy_m")
    private Integer accuracyMeters;

    private String note;
    private String bodyHash;
    private int version;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    @ElementCollection
    @CollectionTable(name = "visit_member", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    @Column(name = "member_id")
    private List<Long> memberIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "visit_service", joinColumns = @JoinColumn(name = "visit_id"))
    private List<ServiceOutcome> services = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "visit_resident", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "position")
    private List<ResidentHelped> residents = new ArrayList<>();

    protected Visit() {}

    /** A visit not stored yet, at version 0: {@link #record} and {@link #newVersion} fill it. */
    public Visit(String id, long authorMemberId, LocalDateTime now) {
        this.id = id;
        this.authorMemberId = authorMemberId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces what the visit says with a newer version of it (its members, services and residents included). */
    public void record(
            long householdId,
            long teamId,
            long unitId,
            LocalDateTime visitedAt,
            List<Long> memberIds,
            List<ServiceOutcome> services,
            List<ResidentHelped> residents,
            BigDecimal latitude,
            BigDecimal longitude,
            Integer accuracyMeters,
            String note) {
        this.householdId = householdId;
        this.teamId = teamId;
        this.unitId = unitId;
        this.visitedAt = visitedAt;
        this.visitedOn = visitedAt.toLocalDate();
        this.memberIds.clear();
        this.memberIds.addAll(memberIds);
        this.services.clear();
        this.services.addAll(services);
        this.residents.clear();
        this.residents.addAll(residents);
        this.latitude = latitude;
        this.longitude = longitude;
        this.accuracyMeters = accuracyMeters;
        this.note = note;
    }

    public void newVersion(String bodyHash, LocalDateTime now) {
        this.bodyHash = bodyHash;
        this.version++;
        this.updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public long getHouseholdId() {
        return householdId;
    }

    public long getTeamId() {
        return teamId;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getAuthorMemberId() {
        return authorMemberId;
    }

    public LocalDateTime getVisitedAt() {
        return visitedAt;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
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

    public String getNote() {
        return note;
    }

    public String getBodyHash() {
        return bodyHash;
    }

    public int getVersion() {
        return version;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public List<ServiceOutcome> getServices() {
        return services;
    }

    public List<ResidentHelped> getResidents() {
        return residents;
    }
}
