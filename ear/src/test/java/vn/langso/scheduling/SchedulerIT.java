package vn.langso.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.langso.it.Deployments;
import vn.langso.scheduling.boundary.JobScheduler;
import vn.langso.scheduling.boundary.SchedulerStatus;

/** Runs inside the server: reads the live scheduler's own metadata. */
@ExtendWith(ArquillianExtension.class)
class SchedulerIT {

    @Inject
    JobScheduler scheduler;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.langSo(SchedulerIT.class);
    }

    @Test
    void schedulerIsStartedClusteredOnTheJdbcJobStore() {
        SchedulerStatus status = scheduler.status();

        assertThat(status.started()).isTrue();
        assertThat(status.clustered()).isTrue();
        assertThat(status.jobStore()).isEqualTo("JobStoreCMT");
        assertThat(status.instanceId()).isNotBlank();
    }
}
