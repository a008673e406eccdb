package vn.langso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.AccountRows;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.OutreachService;
import vn.langso.sessions.boundary.OccurrenceView;
import vn.langso.sessions.boundary.SeriesDetails;
import vn.langso.sessions.boundary.SessionReminders;
import vn.langso.sessions.boundary.Sessions;
import vn.langso.sessions.control.RecurrencePlan;

/** Runs inside the server: a facilitator's reminder is sent once, whatever runs the sweep, and again after a move. */
@ExtendWith(ArquillianExtension.class)
class SessionRemindersIT {

    static final Set<String> TRAINER = Set.of("TRAINER");

    @Inject
    Sessions sessions;

    @Inject
    SessionReminders reminders;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    OrgFixture org;
    String trainer;
    long facilitator;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                SessionRemindersIT.class, OrgFixture.class, OrgFixture.Connections.class, AccountRows.class);
    }

    @BeforeEach
    void ownOrganisation() throws Exception {
        org = OrgFixture.create(dataSource::getConnection);
        trainer = org.account("trainer", null, null, "TRAINER");
        facilitator = org.teamMember(org.teamA, "Người Hướng Dẫn");
    }

    @Test
    void theHourBeforeReminderIsSentOnceThoughTheSweepRunsTwiceAndOnTwoThreadsAtOnce() throws Exception {
        long occurrence = oneSessionIn(50).id();

        // The server's own job may sweep meanwhile too: what counts is the notifications the facilitator got.
        sweepOnTwoThreadsAtOnce();
        reminders.sendDue();

        assertThat(notifications("notifications.sessionSoon")).isEqualTo(1);
        assertThat(notifications("notifications.sessionTomorrow"))
                .as("a session less than a day away gets no day-before reminder")
                .isZero();
        assertThat(reminderRows(occurrence)).isEqualTo(1);
    }

    @Test
    void aMovedSessionIsRemindedAgainAtItsNewTime() throws Exception {
        OccurrenceView session = oneSessionIn(50);
        reminders.sendDue();
        assertThat(notifications("notifications.sessionSoon")).isEqualTo(1);

        Caller.as(trainer, TRAINER, () -> sessions.move(session.id(), now().plusHours(3)));
        reminders.sendDue();
        assertThat(notifications("notifications.sessionSoon"))
                .as("not yet due at the new time")
                .isEqualTo(1);
        Caller.as(trainer, TRAINER, () -> sessions.move(session.id(), now().plusMinutes(40)));
        reminders.sendDue();

        assertThat(notifications("notifications.sessionSoon")).isEqualTo(2);
    }

    @Test
    void aCancelledSessionTellsItsFacilitatorAndIsNotReminded() throws Exception {
        OccurrenceView session = oneSessionIn(50);

        Caller.as(trainer, TRAINER, () -> sessions.cancel(session.id(), "Mưa bão"));

        reminders.sendDue();
        assertThat(notifications("notifications.sessionCancelled")).isEqualTo(1);
        assertThat(notifications("notifications.sessionSoon")).isZero();
    }

    private OccurrenceView oneSessionIn(int minutes) throws Exception {
        List<OccurrenceView> planned = Caller.as(
                trainer,
                TRAINER,
                () -> sessions.schedule(new SeriesDetails(
                        org.hamlet(org.communeA, "Ấp Nhắc"),
                        "Cảnh giác lừa đảo qua mạng",
                        Set.of(OutreachService.CYBER_SAFETY),
                        Set.of(),
                        null,
                        "Nhà văn hoá ấp",
                        null,
                        Set.of(facilitator),
                        now().plusMinutes(minutes),
                        60,
                        RecurrencePlan.once())));
        assertThat(planned).hasSize(1);
        return planned.get(0);
    }

    private void sweepOnTwoThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> sweep = reminders::sendDue;
            for (Future<Integer> run : pool.invokeAll(List.of(sweep, sweep))) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).truncatedTo(ChronoUnit.SECONDS);
    }

    private long notifications(String key) throws Exception {
        return count("select count(*) from notification where member_id = ? and message_key = ?", facilitator, key);
    }

    private long reminderRows(long occurrence) throws Exception {
        return count("select count(*) from session_reminder where occurrence_id = ?", occurrence);
    }

    private long count(String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
