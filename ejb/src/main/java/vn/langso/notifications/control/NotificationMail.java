package vn.langso.notifications.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one notification to its member's e-mail address, in Vietnamese, and marks it e-mailed. A member without an
 * address, or one already e-mailed, gets nothing; a mail server that refuses is logged and left at that.
 */
@Stateless
public class NotificationMail {

    private static final Logger LOG = Logger.getLogger(NotificationMail.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource(lookup = MailSettings.SESSION)
    Session session;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(long notificationId) {
        List<?> found = em.createNativeQuery("select m.email, n.message_key, n.message_args from notification n"
                        + " join member m on m.id = n.member_id where n.id = ? and n.emailed_at is null")
                .setParameter(1, notificationId)
                .getResultList();
        if (found.isEmpty() || ((Object[]) found.get(0))[0] == null) {
            return;
        }
        Object[] row = (Object[]) found.get(0);
        MailText text = MailText.of((String) row[1], MessageArgs.split((String) row[2]));
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress((String) row[0], true));
            message.setSubject(text.subject(), "UTF-8");
            message.setText(text.body(), "UTF-8");
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Notification " + notificationId + " could not be e-mailed");
            return;
        }
        em.createNativeQuery("update notification set emailed_at = ? where id = ? and emailed_at is null")
                .setParameter(1, LocalDateTime.now(clock))
                .setParameter(2, notificationId)
                .executeUpdate();
    }
}
