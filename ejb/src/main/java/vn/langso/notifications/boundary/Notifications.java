package vn.langso.notifications.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.notifications.control.MessageArgs;
import vn.langso.notifications.entity.Notification;

/**
 * The signed-in member's own notifications, newest first. An account linked to no member (an admin's, a trainer's)
 * has none; no one reads or marks another member's.
 */
@Stateless
@PermitAll
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    public Page<NotificationView> mine(PageRequest request) {
        Long member = callerMember();
        if (member == null) {
            return Page.of(List.of(), 0, request);
        }
        List<NotificationView> items = em
                .createQuery(
                        "select n from Notification n where n.memberId = :member order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("member", member)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList()
                .stream()
                .map(Notifications::view)
                .toList();
        long total = em.createQuery("select count(n) from Notification n where n.memberId = :member", Long.class)
                .setParameter("member", member)
                .getSingleResult();
        return Page.of(items, total, request);
    }

    public long unreadCount() {
        Long member = callerMember();
        return member == null
                ? 0
                : em.createQuery(
                                "select count(n) from Notification n where n.memberId = :member and n.readAt is null",
                                Long.class)
                        .setParameter("member", member)
                        .getSingleResult();
    }

    /** How many were unread. */
    public int markAllRead() {
        Long member = callerMember();
        return member == null
                ? 0
                : em.createQuery("update Notification n set n.readAt = :now"
                                + " where n.memberId = :member and n.readAt is null")
                        .setParameter("now", LocalDateTime.now(clock))
                        .setParameter("member", member)
                        .executeUpdate();
    }

    /** Marks one of the caller's own as read; another's, or none, is left alone. */
    public void markRead(long notificationId) {
        Notification notification = em.find(Notification.class, notificationId);
        Long member = callerMember();
        if (notification != null && member != null && notification.getMemberId() == member) {
            notification.markRead(LocalDateTime.now(clock));
        }
    }

    private Long callerMember() {
        List<Long> found = em.createQuery(
                        "select a.member.id from Account a where a.username = :username and a.enabled = true",
                        Long.class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static NotificationView view(Notification n) {
        return new NotificationView(
                n.getId(),
                n.getMessageKey(),
                MessageArgs.split(n.getMessageArgs()),
                n.getLink(),
                n.getCreatedAt(),
                n.getReadAt() == null);
    }
}
