package vn.langso.notifications.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/**
 * A message for one member. Rows are inserted by {@code Notifier} with SQL (insert-if-new on the dedupe key), so the
 * entity only reads them and marks them read.
 */
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long memberId;

    private String dedupeKey;

    private String messageKey;

    private String messageArgs;

    private String link;

    private LocalDateTime createdAt;

    private LocalDateTime readAt;

    private LocalDateTime emailedAt;

    protected Notification() {}

    public void markRead(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getMessageArgs() {
        return messageArgs;
    }

    public String getLink() {
        return link;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public LocalDateTime getEmailedAt() {
        return emailedAt;
    }
}
