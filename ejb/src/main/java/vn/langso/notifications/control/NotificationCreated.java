package vn.langso.notifications.control;

/** Fired in the transaction that inserted a new notification; e-mail waits for that transaction to commit. */
public record NotificationCreated(long notificationId) {}
