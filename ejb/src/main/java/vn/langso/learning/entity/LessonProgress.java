package vn.langso.learning.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A lesson an enrolled member has done, by the lesson's key, so it counts in every revision of the course. */
@Entity
public class LessonProgress {

    @Embeddable
    public record Key(Long enrolmentId, String lessonKey) implements Serializable {}

    @EmbeddedId
    private Key key;

    private LocalDateTime doneAt;

    protected LessonProgress() {}

    public LessonProgress(long enrolmentId, String lessonKey, LocalDateTime doneAt) {
        this.key = new Key(enrolmentId, lessonKey);
        this.doneAt = doneAt;
    }

    public Key getKey() {
        return key;
    }

    public LocalDateTime getDoneAt() {
        return doneAt;
    }
}
