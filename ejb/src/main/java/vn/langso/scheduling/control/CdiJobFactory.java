package vn.langso.scheduling.control;

import jakarta.enterprise.inject.spi.BeanManager;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Hands Quartz its jobs as CDI beans, so that a job can inject the boundary it calls. Jobs are
 * {@code @ApplicationScoped}: a dependent instance created here would never be destroyed.
 */
public class CdiJobFactory implements JobFactory {

    private final BeanManager beanManager;

    public CdiJobFactory(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> jobClass = bundle.getJobDetail().getJobClass();
        try {
            return beanManager.createInstance().select(jobClass).get();
        } catch (RuntimeException e) {
            throw new SchedulerException("No CDI bean for job " + jobClass.getName(), e);
        }
    }
}
