package vn.langso.org.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A member's time in a team, with their role. Memberships are ended, never deleted, so the history stays; the
 * database allows one open membership per member.
 */
@Entity
public class TeamMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private TeamRole teamRole;

    private LocalDate startedOn;

    private LocalDate endedOn;

    @Version
    private long version;

    protected TeamMembership() {}

    public TeamMembership(Team team, Member member, TeamRole teamRole, LocalDate startedOn) {
        this.team = team;
        this.member = member;
        this.teamRole = teamRole;
        this.startedOn = startedOn;
    }

    public boolean isOpen() {
        return endedOn == null;
    }

    public void end(LocalDate on) {
        if (on.isBefore(startedOn)) {
            throw new IllegalArgumentException("A membership cannot end before it started");
        }
        this.endedOn = on;
    }

    public Long getId() {
        return id;
    }

    public Team getTeam() {
        return team;
    }

    public Member getMember() {
        return member;
    }

    public TeamRole getTeamRole() {
        return teamRole;
    }

    public void changeRole(TeamRole teamRole) {
        this.teamRole = teamRole;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
