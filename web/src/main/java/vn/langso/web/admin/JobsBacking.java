package vn.langso.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.MissingResourceException;
import vn.langso.kernel.NotFoundException;
import vn.langso.scheduling.boundary.JobRunView;
import vn.langso.scheduling.boundary.JobView;
import vn.langso.scheduling.boundary.ScheduledJobs;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/** The admin's job page: each periodic job's schedule, next firing and runs, and "run now". */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

    @Inject
    ScheduledJobs scheduledJobs;

    private List<JobView> jobs;

    public void open() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN")) {
            Pages.notFound();
            return;
        }
        refresh();
    }

    public void refresh() {
        jobs = scheduledJobs.jobs();
    }

    public void runNow(String name) {
        try {
            scheduledJobs.runNow(name);
            Messages.info("jobs.fired", title(name));
        } catch (NotFoundException e) {
            Messages.error("jobs.unknown", name);
        }
        refresh();
    }

    /** A job without a title in the bundles (a new one) shows its name rather than breaking the page. */
    public String title(String name) {
        try {
            return Messages.text("jobs." + name + ".title");
        } catch (MissingResourceException e) {
            return name;
        }
    }

    /** The run's summary in the reader's language, from its text key and numbers. */
    public String summary(JobRunView run) {
        if (run == null || run.summaryKey() == null) {
            return "";
        }
        return Messages.text(run.summaryKey(), run.summaryArgs().toArray());
    }

    public List<JobView> getJobs() {
        return jobs;
    }
}
