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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.langso.kernel.SearchKey;

/** A Community Digital Technology Team (Tổ công nghệ số cộng đồng), attached to a commune or a village. */
@Entity
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AdminUnit unit;

    @NotBlank
    @Size(max = 150)
    private String name;

    private String searchKey;

    @PastOrPresent
    private LocalDate foundedOn;

    private boolean active = true;

    @Version
    private long version;

    protected Team() {}

    public Team(AdminUnit unit, String name, LocalDate foundedOn) {
        this.unit = unit;
        this.name = name;
        this.foundedOn = foundedOn;
    }

    @PrePersist
    @PreUpdate
    void keepSearchKey() {
        searchKey = SearchKey.of(name);
    }

    public Long getId() {
        return id;
    }

    public AdminUnit getUnit() {
        return unit;
    }

    public void moveTo(AdminUnit unit) {
        this.unit = unit;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
