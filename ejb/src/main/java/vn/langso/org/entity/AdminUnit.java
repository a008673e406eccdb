package vn.langso.org.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.langso.kernel.SearchKey;

/**
 * A province, district, commune or hamlet. {@code path} holds the ids from the root down to this unit
 * ({@code /1/12/130/}), so that a subtree, and with it an area scope, is one prefix.
 */
@Entity
public class AdminUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[0-9A-Za-z._-]+")
    private String code;

    @NotBlank
    @Size(max = 150)
    private String name;

    private String searchKey;

    @NotBlank
    @Size(max = 40)
    private String typeLabel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AdminLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    private AdminUnit parent;

    private String path;

    @Min(0)
    private int households;

    private boolean active = true;

    /** The first day the unit exists; null: since before anyone counted. */
    private LocalDate validFrom;

    /** The first day it no longer exists (the effective date of the reform that ended it); null: it still does. */
    private LocalDate validTo;

    /** The unit it was merged into, if it was. */
    @ManyToOne(fetch = FetchType.LAZY)
    private AdminUnit successor;

    @Version
    private long version;

    protected AdminUnit() {}

    public AdminUnit(String code, String name, String typeLabel, AdminLevel level, AdminUnit parent, int households) {
        this.code = code;
        this.name = name;
        this.typeLabel = typeLabel;
        this.level = level;
        this.parent = parent;
        this.households = households;
    }

    @PrePersist
    @PreUpdate
    void keepSearchKey() {
        searchKey = SearchKey.of(name);
    }

    /** Known once the id is: the parent's path and this unit's id. */
    public void placeUnder(AdminUnit newParent) {
        this.parent = newParent;
        this.path = (newParent == null ? "/" : newParent.getPath()) + id + "/";
    }

    public boolean isWithin(String areaPath) {
        return path.startsWith(areaPath);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String getTypeLabel() {
        return typeLabel;
    }

    public void setTypeLabel(String typeLabel) {
        this.typeLabel = typeLabel;
    }

    public AdminLevel getLevel() {
        return level;
    }

    public AdminUnit getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public int getHouseholds() {
        return households;
    }

    public void setHouseholds(int households) {
        this.households = households;
    }

    /** A unit made by a reform: it exists from the effective date. */
    public void startOn(LocalDate day) {
        this.validFrom = day;
    }

    /**
     * Ends the unit on the effective date of a reform, merged into {@code into} (null: abolished). A closed unit takes
     * no new teams or households.
     */
    public void close(LocalDate day, AdminUnit into) {
        this.validTo = day;
        this.successor = into;
        this.active = false;
    }

    public boolean existsOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || day.isBefore(validTo));
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public AdminUnit getSuccessor() {
        return successor;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
