package vn.langso.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.certification.boundary.CertificateExpiryJob;
import vn.langso.it.Caller;
import vn.langso.it.Deployments;
import vn.langso.kernel.NotFoundException;
import vn.langso.scheduling.boundary.JobTrigger;
import vn.langso.scheduling.boundary.JobView;
import vn.langso.scheduling.boundary.PeriodicJob;
import vn.langso.scheduling.boundary.ScheduledJobs;

/**
 * Runs inside the server, with two jobs of its own in the EJB module (where the scheduler looks for jobs): every
 * periodic job is scheduled in Vietnam's time zone, and "run now" records a run that succeeded or failed.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledJobsIT {

    static final Set<String> ADMIN = Set.of("ADMIN");

    @Inject
    ScheduledJobs scheduledJobs;

    @Inject
    @Any
    Instance<PeriodicJob> periodicJobs;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.langSo(ScheduledJobsIT.class);
        ear.getAsType(JavaArchive.class, "langso-ejb.jar").addClasses(SucceedingTestJob.class, FailingTestJob.class);
        return ear;
    }

    @Test
    void everyPeriodicJobHasACronTriggerInVietnamTime() throws Exception {
        List<String> names = new ArrayList<>();
        periodicJobs.forEach(job -> names.add(job.name()));

        List<JobTrigger> triggers = Caller.as("admin", ADMIN, () -> scheduledJobs.jobs()).stream()
                .map(job -> new JobTrigger(job.name(), job.cronExpression(), job.nextFireAt()))
                .toList();

        assertThat(names).contains(CertificateExpiryJob.NAME, SucceedingTestJob.NAME, FailingTestJob.NAME);
        assertThat(triggers).extracting(JobTrigger::name).containsExactlyInAnyOrderElementsOf(names);
        assertThat(triggers).allSatisfy(t -> assertThat(t.nextFireAt()).isNotNull());
        for (String name : names) {
            assertThat(storedZone(name)).as(name).isEqualTo("Asia/Ho_Chi_Minh");
        }
    }

    @Test
    void runNowRecordsASucceededRunWithItsSummary() throws Exception {
        long before = lastRunId();

        Caller.as("admin", ADMIN, () -> scheduledJobs.runNow(SucceedingTestJob.NAME));

        Object[] run = awaitFinishedRun(SucceedingTestJob.NAME, before);
        assertThat(run[0]).isEqualTo("SUCCEEDED");
        assertThat(run[1]).isEqualTo("jobs.certificate-expiry.summary");
        assertThat(run[2]).isEqualTo("7,3,1");
        assertThat((String) run[4]).isNotBlank();
        JobView view = Caller.as("admin", ADMIN, () -> scheduledJobs.jobs()).stream()
                .filter(job -> job.name().equals(SucceedingTestJob.NAME))
                .findFirst()
                .orElseThrow();
        assertThat(view.lastRun().outcome()).isEqualTo("SUCCEEDED");
        assertThat(view.lastRun().summaryArgs()).containsExactly(7L, 3L, 1L);
        assertThat(view.recentRuns()).isNotEmpty();
    }

    @Test
    void aFailingJobRecordsAFailedRunWithItsError() throws Exception {
        long before = lastRunId();

        Caller.as("admin", ADMIN, () -> scheduledJobs.runNow(FailingTestJob.NAME));

        Object[] run = awaitFinishedRun(FailingTestJob.NAME, before);
        assertThat(run[0]).isEqualTo("FAILED");
        assertThat((String) run[3]).contains(FailingTestJob.ERROR);
    }

    @Test
    void onlyAnAdminSeesOrRunsJobs() {
        assertThatThrownBy(() -> Caller.as("coordinator", Set.of("COORDINATOR"), () -> scheduledJobs.jobs()))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> Caller.as(
                        "coordinator", Set.of("COORDINATOR"), () -> scheduledJobs.runNow(SucceedingTestJob.NAME)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void runningAJobThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> Caller.as("admin", ADMIN, () -> scheduledJobs.runNow("no-such-job")))
                .isInstanceOf(NotFoundException.class);
    }

    private String storedZone(String name) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select TIME_ZONE_ID from QRTZ_CRON_TRIGGERS"
                        + " where TRIGGER_NAME = ? and TRIGGER_GROUP = 'langso'")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private long lastRunId() throws Exception {
        try (Connection c = dataSource.getConnection();
                ResultSet rows = c.createStatement().executeQuery("select coalesce(max(id), 0) from job_run")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Outcome, summary key, summary args, error, node of the job's first finished run after the given id. */
    private Object[] awaitFinishedRun(String name, long after) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement select =
                            c.prepareStatement("select outcome, summary_key, summary_args, error, node from job_run"
                                    + " where job_name = ? and id > ? and outcome <> 'RUNNING' order by id limit 1")) {
                select.setString(1, name);
                select.setLong(2, after);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        return new Object[] {
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5)
                        };
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No finished run of " + name + " within 30 s");
    }
}
