package vn.langso.certification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.langso.scheduling.boundary.JobSummary;
import vn.langso.scheduling.boundary.PeriodicJob;
import vn.langso.scheduling.control.DailyTime;

/**
 * The nightly certificate job, at {@code LANGSO_CERTIFICATE_JOB_TIME} (HH:mm, Vietnam time, 02:00 by default):
 * issues what the day's achievements earned and the events missed, expires what is past its date, then reminds who
 * expires soon. Every step is idempotent, so a second run the same night expires and reminds nothing.
 */
@ApplicationScoped
public class CertificateExpiryJob implements PeriodicJob {

    public static final String NAME = "certificate-expiry";
    public static final String SUMMARY = "jobs.certificate-expiry.summary";

    @Inject
    CertificateIssuing issuing;

    @Inject
    CertificateExpiry expiry;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cronExpression() {
        return DailyTime.cron("langso.certificate.job.time", "LANGSO_CERTIFICATE_JOB_TIME", "02:00");
    }

    /**
     * Summary numbers: issued or renewed, expired, reminded. A failed catch-up still lets the night expire and remind
     * (a certificate must not outlive its date because issuing broke); the run then fails with the catch-up's error.
     */
    @Override
    public JobSummary run() {
        int issued = 0;
        RuntimeException issuingFailed = null;
        try {
            issued = issuing.issueAllDue();
        } catch (RuntimeException e) {
            issuingFailed = e;
        }
        int expired = expiry.expireOverdue();
        int reminded = expiry.remindExpiring();
        if (issuingFailed != null) {
            throw new IllegalStateException(
                    "Catch-up issuing failed; " + expired + " expired, " + reminded + " reminded", issuingFailed);
        }
        return JobSummary.of(SUMMARY, issued, expired, reminded);
    }
}
