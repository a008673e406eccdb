package vn.langso.demo.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.langso.demo.control.DemoCourses.PublishedCourse;

/**
 * The demo's learners, at every stage: the VNeID course assigned to the whole province (every member enrolled), the
 * cashless course assigned to Chợ Gạo with a due date already past (so some are overdue), and the public-services
 * course taken up by about one member in seven on their own. Stages follow the member id, so every load is the same.
 */
public final class DemoEnrolments {

    public record Targets(
            long choGaoDistrictId,
            long assignedByAccountId,
            long demoMemberId,
            Set<Long> membersLeftToEnrolThemselves) {}

    private record Member(long id, String unitPath) {}

    private record Plan(long enrolmentId, long memberId, Long assignmentId, LocalDate dueOn, int done) {}

    private DemoEnrolments() {}

    /** @return how many enrolments were written */
    public static int load(Connection connection, List<PublishedCourse> courses, Targets targets, LocalDateTime now)
            throws SQLException {
        List<Member> members = membersInTeams(connection);
        String choGaoPath = unitPath(connection, targets.choGaoDistrictId());
        PublishedCourse vneid = courses.get(0);
        PublishedCourse publicServices = courses.get(1);
        PublishedCourse cashless = courses.get(2);
        long provinceWide = assign(
                connection, vneid, provinceUnitId(connection), now.toLocalDate().plusDays(45), targets, now);
        long choGao = assign(
                connection,
                cashless,
                targets.choGaoDistrictId(),
                now.toLocalDate().minusDays(10),
                targets,
                now);
        long nextId = 1;
        List<Plan> vneidPlans = new ArrayList<>();
        List<Plan> cashlessPlans = new ArrayList<>();
        List<Plan> selfPlans = new ArrayList<>();
        for (Member member : members) {
            long id = member.id();
            int lessons = vneid.lessonKeys().size();
            int vneidDone = id == targets.demoMemberId() ? 3 : stage(id % 10, 3, 7, lessons, id);
            vneidPlans.add(
                    new Plan(nextId++, id, provinceWide, now.toLocalDate().plusDays(45), vneidDone));
            if (member.unitPath().startsWith(choGaoPath)) {
                int done = stage(id % 4, 1, 2, cashless.lessonKeys().size(), id);
                cashlessPlans.add(
                        new Plan(nextId++, id, choGao, now.toLocalDate().minusDays(10), done));
            }
            if (id % 7 == 0 && !targets.membersLeftToEnrolThemselves().contains(id)) {
                int done = stage(id % 3, 1, 2, publicServices.lessonKeys().size(), id);
                selfPlans.add(new Plan(nextId++, id, null, null, done));
            }
        }
        write(connection, vneid, vneidPlans, now.minusDays(20));
        write(connection, cashless, cashlessPlans, now.minusDays(40));
        write(connection, publicServices, selfPlans, now.minusDays(12));
        return vneidPlans.size() + cashlessPlans.size() + selfPlans.size();
    }

    /** Lessons done: all below {@code completeBelow}, some below {@code partBelow}, none from there on. */
    private static int stage(long bucket, int completeBelow, int partBelow, int lessons, long memberId) {
        if (bucket < completeBelow) {
            return lessons;
        }
        return bucket < partBelow ? 1 + (int) (memberId % (lessons - 1)) : 0;
    }

    private static void write(Connection connection, PublishedCourse course, List<Plan> plans, LocalDateTime enrolled)
            throws SQLException {
        int required = course.lessonKeys().size();
        BulkInsert.insert(
                connection,
                "enrolment (id, course_id, member_id, enrolled_at, assignment_id, due_on, last_lesson_key,"
                        + " lessons_done, lessons_required, completed_at)",
                plans,
                plan -> new Object[] {
                    plan.enrolmentId(),
                    course.courseId(),
                    plan.memberId(),
                    enrolled.plusMinutes(plan.memberId() % 600),
                    plan.assignmentId(),
                    plan.dueOn(),
                    plan.done() == 0 ? null : course.lessonKeys().get(Math.min(plan.done(), required - 1)),
                    plan.done(),
                    required,
                    plan.done() == required ? enrolled.plusDays(3) : null
                });
        List<Object[]> progress = new ArrayList<>();
        for (Plan plan : plans) {
            for (int i = 0; i < plan.done(); i++) {
                progress.add(
                        new Object[] {plan.enrolmentId(), course.lessonKeys().get(i), enrolled.plusHours(i + 1L)});
            }
        }
        BulkInsert.insert(connection, "lesson_progress (enrolment_id, lesson_key, done_at)", progress, row -> row);
    }

    private static long assign(
            Connection connection,
            PublishedCourse course,
            long unitId,
            LocalDate dueOn,
            Targets targets,
            LocalDateTime now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO course_assignment (course_id, unit_id, due_on, assigned_by, assigned_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, course.courseId());
            insert.setLong(2, unitId);
            insert.setObject(3, dueOn);
            insert.setLong(4, targets.assignedByAccountId());
            insert.setTimestamp(5, Timestamp.valueOf(now.minusDays(dueOn.isBefore(now.toLocalDate()) ? 40 : 20)));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static List<Member> membersInTeams(Connection connection) throws SQLException {
        List<Member> members = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT m.member_id, u.path FROM team_membership m"
                        + " JOIN team t ON t.id = m.team_id JOIN admin_unit u ON u.id = t.unit_id"
                        + " WHERE m.ended_on IS NULL ORDER BY m.member_id")) {
            while (rows.next()) {
                members.add(new Member(rows.getLong(1), rows.getString(2)));
            }
        }
        return members;
    }

    private static long provinceUnitId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM admin_unit WHERE parent_id IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String unitPath(Connection connection, long unitId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT path FROM admin_unit WHERE id = ?")) {
            query.setLong(1, unitId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
