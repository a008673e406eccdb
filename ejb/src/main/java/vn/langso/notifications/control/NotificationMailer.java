package vn.langso.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * E-mails a new notification once the transaction that created it has committed, so that a rolled-back job sends
 * nothing, and in the background, so that a slow or failing mail server never holds up or breaks the job.
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

    @Inject
    NotificationMail mail;

    void created(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated event) {
        if (!MailSettings.configured()) {
            LOG.fine(() -> "Mail is not configured: notification " + event.notificationId() + " stays in-app");
            return;
        }
        try {
            mail.send(event.notificationId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Notification " + event.notificationId() + " was not e-mailed");
        }
    }
}
