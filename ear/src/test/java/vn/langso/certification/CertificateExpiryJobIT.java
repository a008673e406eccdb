package vn.langso.certification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import vn.langso.certification.boundary.CertificateExpiry;
import vn.langso.certification.boundary.CertificateExpiryJob;
import vn.langso.it.AccountRows;
import vn.langso.it.Deployments;
import vn.langso.it.OrgFixture;
import vn.langso.kernel.LocalDates;
import vn.langso.learning.ReportRows;
import vn.langso.notifications.CertificateRows;
import vn.langso.scheduling.boundary.JobSummary;

/**
 * Runs inside the server and runs the nightly job itself. Certificates of one skill, written with JDBC: one past its
 * date, one expiring today, one in ten days, one in forty days, a revoked one in ten days and one already expired.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateExpiryJobIT {

    @Inject
    CertificateExpiryJob job;

    @Inject
    CertificateExpiry expiry;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    CertificateRows certificates;
    LocalDate today;
    String skillName;
    long overdueMember;
    long overdue;
    long todayMember;
    long expiringToday;
    long soonMember;
    long soon;
    long laterMember;
    long revokedMember;
    long expiredMember;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(
                CertificateExpiryJobIT.class,
                CertificateRows.class,
                ReportRows.class,
                OrgFixture.class,
                OrgFixture.Connections.class,
                AccountRows.class);
    }

    @BeforeEach
    void certificatesAroundTheirDates() throws Exception {
        OrgFixture org = OrgFixture.create(dataSource::getConnection);
        ReportRows people = new ReportRows(dataSource::getConnection);
        certificates = new CertificateRows(dataSource::getConnection);
        today = LocalDates.today(Clock.systemUTC());
        skillName = "Sử dụng VNeID, mức 2 " + org.suffix;
        long skill = certificates.skill("VNEID" + org.suffix, skillName);
        overdueMember = people.member("Quá Hạn " + org.suffix, org.teamA);
        overdue = certificates.certificate(overdueMember, skill, "ACTIVE", today.minusDays(1));
        todayMember = people.member("Hôm Nay " + org.suffix, org.teamA);
        expiringToday = certificates.certificate(todayMember, skill, "ACTIVE", today);
        soonMember = people.member("Sắp Hết " + org.suffix, org.teamA);
        soon = certificates.certificate(soonMember, skill, "ACTIVE", today.plusDays(10));
        laterMember = people.member("Còn Lâu " + org.suffix, org.teamA);
        certificates.certificate(laterMember, skill, "ACTIVE", today.plusDays(40));
        revokedMember = people.member("Thu Hồi " + org.suffix, org.teamA);
        certificates.certificate(revokedMember, skill, "REVOKED", today.plusDays(10));
        expiredMember = people.member("Đã Hết " + org.suffix, org.teamA);
        certificates.certificate(expiredMember, skill, "EXPIRED", today.minusDays(90));
    }

    @Test
    void certificatesPastTheirDateExpireAndThoseDueWithinThirtyDaysAreReminded() throws Exception {
        JobSummary summary = job.run();

        assertThat(certificates.status(overdue)).isEqualTo("EXPIRED");
        assertThat(certificates.status(expiringToday))
                .as("valid through its last day")
                .isEqualTo("ACTIVE");
        assertThat(certificates.notificationKeys(soonMember))
                .containsExactly("certificate-renewal:" + soon + ":" + today.plusDays(10));
        assertThat(certificates.notificationArgs(soonMember))
                .containsExactly(skillName + "\u001F" + vietnamese(today.plusDays(10)));
        assertThat(certificates.notificationKeys(todayMember))
                .containsExactly("certificate-renewal:" + expiringToday + ":" + today);
        assertThat(certificates.notificationKeys(laterMember))
                .as("forty days out")
                .isEmpty();
        assertThat(certificates.notificationKeys(revokedMember)).isEmpty();
        assertThat(certificates.notificationKeys(overdueMember)).isEmpty();
        assertThat(certificates.notificationKeys(expiredMember)).isEmpty();
        assertThat(summary.key()).isEqualTo(CertificateExpiryJob.SUMMARY);
        assertThat(summary.args()).hasSize(3);
        assertThat(summary.args().get(1)).as("expired").isGreaterThanOrEqualTo(1L);
        assertThat(summary.args().get(2)).as("reminded").isGreaterThanOrEqualTo(2L);
    }

    @Test
    void runningTheJobTwiceExpiresAndRemindsOnlyOnce() throws Exception {
        job.run();

        JobSummary second = job.run();

        assertThat(second.args().subList(1, 3)).as("expired, reminded").containsExactly(0L, 0L);
        assertThat(certificates.notificationKeys(soonMember)).hasSize(1);
        assertThat(certificates.notificationKeys(todayMember)).hasSize(1);
    }

    @Test
    void concurrentRunsRemindEachCertificateOnce() throws Exception {
        expiry.expireOverdue();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> remind = () -> expiry.remindExpiring();
            List<Future<Integer>> runs = threads.invokeAll(List.of(remind, remind));

            assertThat(runs.get(0).get() + runs.get(1).get()).isGreaterThanOrEqualTo(2);
        } finally {
            threads.shutdown();
        }
        assertThat(certificates.notificationKeys(soonMember)).hasSize(1);
        assertThat(certificates.notificationKeys(todayMember)).hasSize(1);
        assertThat(expiry.remindExpiring()).isZero();
    }

    @Test
    void aRenewedCertificateIsRemindedAgainForItsNewDate() throws Exception {
        job.run();
        certificates.renew(soon, today.plusDays(25));

        JobSummary afterRenewal = job.run();

        assertThat(afterRenewal.args().get(2)).as("reminded").isGreaterThanOrEqualTo(1L);
        assertThat(certificates.notificationKeys(soonMember))
                .containsExactly(
                        "certificate-renewal:" + soon + ":" + today.plusDays(10),
                        "certificate-renewal:" + soon + ":" + today.plusDays(25));
    }

    @Test
    void anExpiredCertificateRenewedLaterIsActiveAgainAndStaysSo() throws Exception {
        job.run();
        certificates.renew(overdue, today.plusYears(1));

        job.run();

        assertThat(certificates.status(overdue)).isEqualTo("ACTIVE");
        assertThat(certificates.notificationKeys(overdueMember)).isEmpty();
    }

    /** The date as the reminder writes it. */
    private static String vietnamese(LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
