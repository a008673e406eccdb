package vn.langso.certification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.langso.kernel.LocalDates;
import vn.langso.notifications.boundary.Notifier;

/**
 * What the night does to certificates, each step in its own transaction and safe to repeat: active certificates past
 * their date become expired, and each one that expires within {@value #REMINDER_DAYS} days reminds its member once
 * per expiry date (a renewal moves the date, so the renewed certificate is reminded again in its time). Dates are
 * Vietnamese days. Called by the scheduler, which has no caller; nothing here reveals anything to anyone.
 *
 * <p>Each reminder is inserted in a transaction of its own: two runs at once inserting many keys each in one
 * transaction deadlock on the unique index (found by the test), while one key per transaction only waits.
 */
@Stateless
@PermitAll
public class CertificateExpiry {

    public static final int REMINDER_DAYS = 30;
    public static final String REMINDER_KEY = "notifications.certificateRenewal";
    public static final String REMINDER_LINK = "/certification/my.xhtml";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Resource
    SessionContext session;

    /** One set-based update; how many certificates expired now (none the second time). */
    public int expireOverdue() {
        return em.createNativeQuery("update certificate set status = 'EXPIRED', version = version + 1"
                        + " where status = 'ACTIVE' and expires_on < ?")
                .setParameter(1, Date.valueOf(today()))
                .executeUpdate();
    }

    /** How many reminders are new. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remindExpiring() {
        LocalDate today = today();
        @SuppressWarnings("unchecked")
        List<Object[]> expiring = em.createNativeQuery("select c.id, c.member_id, c.expires_on, s.name"
                        + " from certificate c join skill s on s.id = c.skill_id"
                        + " where c.status = 'ACTIVE' and c.expires_on between ? and ? order by c.id")
                .setParameter(1, Date.valueOf(today))
                .setParameter(2, Date.valueOf(today.plusDays(REMINDER_DAYS)))
                .getResultList();
        CertificateExpiry self = session.getBusinessObject(CertificateExpiry.class);
        int reminded = 0;
        for (Object[] row : expiring) {
            if (self.remind(
                    ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), date(row[2]), (String) row[3])) {
                reminded++;
            }
        }
        return reminded;
    }

    /** One reminder, committed on its own; whether it is new. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long certificateId, long memberId, LocalDate expiresOn, String skillName) {
        return notifier.notifyOnce(
                memberId,
                reminderKey(certificateId, expiresOn),
                REMINDER_KEY,
                List.of(skillName, DAY.format(expiresOn)),
                REMINDER_LINK);
    }

    /** Once per certificate and expiry date. */
    public static String reminderKey(long certificateId, LocalDate expiresOn) {
        return "certificate-renewal:" + certificateId + ":" + expiresOn;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }

    private LocalDate today() {
        return LocalDates.today(clock);
    }
}
