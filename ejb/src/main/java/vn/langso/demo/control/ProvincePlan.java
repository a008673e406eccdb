package vn.langso.demo.control;

import java.time.LocalDate;
import java.util.List;
import vn.langso.demo.control.VietnameseNames.Gender;

/**
 * A demo province in memory, as {@link TienGiangShape#plan(LocalDate)} builds it and {@link DemoOrganization}
 * writes it. References ({@code ref}) number each kind of row from 1 in the order it is to be inserted, parents
 * before children.
 */
public record ProvincePlan(
        List<Unit> units, List<Team> teams, List<Member> members, List<Membership> memberships, DemoPeople demo) {

    public enum Level {
        PROVINCE,
        DISTRICT,
        COMMUNE,
        VILLAGE
    }

    public enum TeamRole {
        LEADER,
        DEPUTY,
        MEMBER
    }

    /** An administrative unit; {@code parentRef} is 0 for the province; households are the sum of the children's. */
    public record Unit(
            int ref, String code, String name, String typeLabel, Level level, int parentRef, int households) {}

    public record Team(int ref, int unitRef, String name, LocalDate foundedOn) {}

    public record Member(int ref, String fullName, String phone, int birthYear, Gender gender, String affiliation) {}

    /** {@code endedOn} is null for the member's current team. */
    public record Membership(int teamRef, int memberRef, TeamRole role, LocalDate startedOn, LocalDate endedOn) {}

    /** What the demo accounts are linked to: a coordinator's district, a team leader and a member of his team. */
    public record DemoPeople(
            int choGaoDistrictRef, int leaderMemberRef, int leaderTeamUnitRef, int memberInSameTeamRef) {}

    public long households() {
        return units.get(0).households();
    }

    public List<Unit> unitsAt(Level level) {
        return units.stream().filter(unit -> unit.level() == level).toList();
    }
}
