package vn.langso.visits;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.AccountRows;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.LocalDates;
import vn.langso.visits.boundary.FollowUpReminders;

/** The morning job reminds a member of follow-ups due once a day, however often it runs. */
@ExtendWith(ArquillianExtension.class)
class FollowUpReminderJobIT {

    @Inject
    FollowUpReminders reminders;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                FollowUpReminderJobIT.class,
                FieldRows.class,
                OrgFixture.class,
                OrgFixture.Connections.class,
                AccountRows.class);
    }

    @Test
    void aSecondRunTheSameDayRemindsNobodyAgain() throws Exception {
        OrgFixture org = OrgFixture.create(dataSource::getConnection);
        FieldRows rows = new FieldRows(dataSource::getConnection);
        LocalDate today = LocalDates.today(Clock.systemUTC());
        long hamlet = org.hamlet(org.communeA, "Ấp Hẹn");
        long due = rows.household(hamlet, "Hộ đến hạn", "1", null);
        long later = rows.household(hamlet, "Hộ chưa đến hạn", "2", null);
        rows.openFollowUp(due, "VNEID", org.memberA, org.teamA, hamlet, today.minusDays(1));
        rows.openFollowUp(due, "CASHLESS", org.memberA, org.teamA, hamlet, today);
        rows.openFollowUp(later, "VNEID", org.memberA, org.teamA, hamlet, today.plusDays(5));

        int first = reminders.remindDue();
        int second = reminders.remindDue();

        assertThat(first).isPositive();
        assertThat(second).isZero();
        assertThat(rows.count(
                        "select count(*) from notification where member_id = ? and dedupe_key = ?",
                        org.memberA,
                        FollowUpReminders.reminderKey(org.memberA, today)))
                .isEqualTo(1);
        assertThat(rows.count(
                        "select count(*) from notification where member_id = ? and message_args like '2%'",
                        org.memberA))
                .isEqualTo(1);
    }
}
