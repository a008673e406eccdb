package vn.langso.demo.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.langso.demo.control.ProvincePlan.DemoPeople;
import vn.langso.demo.control.ProvincePlan.Level;
import vn.langso.demo.control.ProvincePlan.Unit;
import vn.langso.kernel.SearchKey;

/**
 * Writes the {@link TienGiangShape} into empty organisation tables, many rows an INSERT. Ids are given, not
 * generated: a plan's references are the ids, so that paths are known before anything is written. The caller owns
 * the transaction.
 */
public final class DemoOrganization {

    /** What was loaded, and the rows the demo accounts are linked to. */
    public record Summary(
            int units,
            int teams,
            int members,
            long households,
            long choGaoDistrictId,
            long leaderMemberId,
            long leaderTeamUnitId,
            long memberInSameTeamId) {}

    private DemoOrganization() {}

    /**
     * Inserts the province's units, teams, members and memberships; it neither commits nor closes the connection.
     *
     * @param today no date written lies after it
     * @throws IllegalStateException if the organisation tables are not empty
     */
    public static Summary load(Connection connection, LocalDate today) throws SQLException {
        failUnlessEmpty(connection);
        ProvincePlan plan = TienGiangShape.plan(today);
        Map<Level, Long> levels = levelIds(connection);
        String[] paths = new String[plan.units().size() + 1];
        for (Unit unit : plan.units()) {
            paths[unit.ref()] = (unit.parentRef() == 0 ? "/" : paths[unit.parentRef()]) + unit.ref() + "/";
        }
        BulkInsert.insert(
                connection,
                "admin_unit (id, code, name, search_key, type_label, level_id, parent_id, path, households)",
                plan.units(),
                unit -> new Object[] {
                    unit.ref(),
                    unit.code(),
                    unit.name(),
                    SearchKey.of(unit.name()),
                    unit.typeLabel(),
                    levels.get(unit.level()),
                    unit.parentRef() == 0 ? null : unit.parentRef(),
                    paths[unit.ref()],
                    unit.households()
                });
        BulkInsert.insert(connection, "team (id, unit_id, name, search_key, founded_on)", plan.teams(), team ->
                new Object[] {team.ref(), team.unitRef(), team.name(), SearchKey.of(team.name()), team.foundedOn()});
        BulkInsert.insert(
                connection,
                "member (id, full_name, search_key, phone, birth_year, gender, affiliation)",
                plan.members(),
                member -> new Object[] {
                    member.ref(),
                    member.fullName(),
                    SearchKey.of(member.fullName()),
                    member.phone(),
                    member.birthYear(),
                    member.gender().name(),
                    member.affiliation()
                });
        BulkInsert.insert(
                connection,
                "team_membership (team_id, member_id, team_role, started_on, ended_on)",
                plan.memberships(),
                membership -> new Object[] {
                    membership.teamRef(),
                    membership.memberRef(),
                    membership.role().name(),
                    membership.startedOn(),
                    membership.endedOn()
                });
        DemoPeople demo = plan.demo();
        return new Summary(
                plan.units().size(),
                plan.teams().size(),
                plan.members().size(),
                plan.households(),
                demo.choGaoDistrictRef(),
                demo.leaderMemberRef(),
                demo.leaderTeamUnitRef(),
                demo.memberInSameTeamRef());
    }

    private static void failUnlessEmpty(Connection connection) throws SQLException {
        for (String table : List.of("admin_unit", "team", "member", "team_membership")) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    throw new IllegalStateException("The demo organisation needs an empty " + table + " table");
                }
            }
        }
    }

    private static Map<Level, Long> levelIds(Connection connection) throws SQLException {
        Map<Level, Long> ids = new EnumMap<>(Level.class);
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, code FROM admin_level")) {
            while (rows.next()) {
                for (Level level : Level.values()) {
                    if (level.name().equals(rows.getString(2))) {
                        ids.put(level, rows.getLong(1));
                    }
                }
            }
        }
        if (ids.size() < Level.values().length) {
            throw new IllegalStateException("admin_level lacks one of the levels " + List.of(Level.values()));
        }
        return ids;
    }
}
