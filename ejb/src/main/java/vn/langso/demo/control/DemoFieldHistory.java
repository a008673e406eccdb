package vn.langso.demo.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Two years of field work in every hamlet of the province, for {@code LANGSO_DEMO=province}: one to twenty visits
 * per household (ten and a half on average) by the members of the teams of its commune, each with a service and its outcome and a resident with the
 * skills shown, written in bulk (over five million visits for the province's 500,000 households). It is what the
 * coverage figures are measured against; the first count of coverage then reads it all.
 *
 * <p>Visit ids are UUIDs made from a counter, so they arrive in key order and InnoDB appends instead of splitting
 * pages. Only the rows coverage and the visit pages read are written: no earlier versions, follow-ups or flags.
 */
public final class DemoFieldHistory {

    static final String[] SERVICES = {"VNEID", "PUBLIC_SERVICE", "CASHLESS", "ECOMMERCE", "CYBER_SAFETY", "CITIZEN_APP"
    };
    static final String[] OUTCOMES = {"DONE", "DONE", "DONE", "DONE", "PARTIAL", "PARTIAL", "DECLINED", "NOT_ELIGIBLE"};
    static final String[] SKILLS = {
        "PUBLIC_SERVICES", "ONLINE_SHOPPING", "ONLINE_PAYMENT", "ONLINE_SAFETY", "LOCAL_PLATFORMS"
    };
    static final int DAYS = 700;
    static final int BATCH = 20_000;

    private record Written(
            String id,
            long household,
            long team,
            long unit,
            long member,
            LocalDateTime at,
            String service,
            String outcome,
            String resident,
            String skills) {}

    /** A team and its current members, the authors of its visits. */
    private record Team(long id, List<Long> members) {}

    private DemoFieldHistory() {}

    /** Answers how many visits were written. */
    public static long load(Connection c, LocalDate today, LocalDateTime now) throws SQLException {
        Map<Long, List<Team>> teamsByUnit = teams(c);
        Random random = new Random(2026);
        long counter = 0;
        List<Written> batch = new ArrayList<>(BATCH + 50);
        for (long[] hamlet : hamlets(c)) {
            List<Team> teams = teamsByUnit.getOrDefault(hamlet[1], teamsByUnit.get(hamlet[2]));
            if (teams == null || teams.isEmpty()) {
                continue;
            }
            for (Object[] household : households(c, hamlet[0])) {
                long id = (Long) household[0];
                String head = (String) household[1];
                String relative = "Người nhà " + head;
                int visits = 1 + random.nextInt(20);
                for (int v = 0; v < visits; v++) {
                    Team team = teams.get(random.nextInt(teams.size()));
                    LocalDateTime at =
                            today.minusDays(random.nextInt(DAYS)).atTime(7 + random.nextInt(12), random.nextInt(60));
                    String skills = SKILLS[random.nextInt(SKILLS.length)];
                    if (random.nextBoolean()) {
                        String second = SKILLS[random.nextInt(SKILLS.length)];
                        skills = second.equals(skills) ? skills : inOrder(skills, second);
                    }
                    batch.add(new Written(
                            String.format("00000000-0000-4000-8000-%012x", ++counter),
                            id,
                            team.id(),
                            hamlet[0],
                            team.members().get(random.nextInt(team.members().size())),
                            at,
                            SERVICES[random.nextInt(SERVICES.length)],
                            OUTCOMES[random.nextInt(OUTCOMES.length)],
                            random.nextInt(10) < 7 ? head : relative,
                            skills));
                }
            }
            if (batch.size() >= BATCH) {
                write(c, batch, now);
            }
        }
        write(c, batch, now);
        return counter;
    }

    private static String inOrder(String a, String b) {
        int first = List.of(SKILLS).indexOf(a);
        int second = List.of(SKILLS).indexOf(b);
        return first < second ? a + "," + b : b + "," + a;
    }

    private static void write(Connection c, List<Written> batch, LocalDateTime now) throws SQLException {
        BulkInsert.insert(
                c,
                "visit (id, household_id, team_id, unit_id, author_member_id, visited_at, visited_on, body_hash,"
                        + " version, created_at, updated_at)",
                batch,
                v -> new Object[] {
                    v.id(),
                    v.household(),
                    v.team(),
                    v.unit(),
                    v.member(),
                    v.at(),
                    v.at().toLocalDate(),
                    "demo",
                    1,
                    now,
                    now
                });
        BulkInsert.insert(
                c, "visit_member (visit_id, member_id, position)", batch, v -> new Object[] {v.id(), v.member(), 0});
        BulkInsert.insert(c, "visit_service (visit_id, service, outcome, note, follow_up_on)", batch, v ->
                new Object[] {v.id(), v.service(), v.outcome(), null, null});
        BulkInsert.insert(c, "visit_resident (visit_id, position, name, birth_year, skills)", batch, v ->
                new Object[] {v.id(), 0, v.resident(), null, v.skills()});
        batch.clear();
    }

    /** Each hamlet: its id, its parent's (the commune) and its grandparent's (the district). */
    private static List<long[]> hamlets(Connection c) throws SQLException {
        List<long[]> hamlets = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select u.id, coalesce(u.parent_id, 0),"
                        + " coalesce(p.parent_id, 0) from admin_unit u left join admin_unit p on p.id = u.parent_id"
                        + " where exists (select 1 from household h where h.unit_id = u.id) order by u.id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                hamlets.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
            }
        }
        return hamlets;
    }

    private static List<Object[]> households(Connection c, long hamlet) throws SQLException {
        List<Object[]> households = new ArrayList<>();
        try (PreparedStatement select =
                c.prepareStatement("select id, head_name from household where unit_id = ? order by id")) {
            select.setLong(1, hamlet);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    households.add(new Object[] {rows.getLong(1), rows.getString(2)});
                }
            }
        }
        return households;
    }

    /** The active teams of each unit with their current members. */
    private static Map<Long, List<Team>> teams(Connection c) throws SQLException {
        Map<Long, Map<Long, List<Long>>> byUnit = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("select t.unit_id, t.id, m.member_id from team t"
                        + " join team_membership m on m.team_id = t.id and m.ended_on is null where t.active"
                        + " order by t.id, m.member_id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                byUnit.computeIfAbsent(rows.getLong(1), unit -> new java.util.LinkedHashMap<>())
                        .computeIfAbsent(rows.getLong(2), team -> new ArrayList<>())
                        .add(rows.getLong(3));
            }
        }
        Map<Long, List<Team>> teams = new HashMap<>();
        byUnit.forEach((unit, byTeam) -> teams.put(
                unit,
                byTeam.entrySet().stream()
                        .map(e -> new Team(e.getKey(), e.getValue()))
                        .toList()));
        return teams;
    }
}
