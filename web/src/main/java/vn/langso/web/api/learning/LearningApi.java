package vn.langso.web.api.learning;

import java.util.Locale;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.OutreachService;

/** What the learning API shares: service codes and its request bodies. */
public final class LearningApi {

    private LearningApi() {}

    static OutreachService service(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return OutreachService.valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("service", "learning.api.serviceUnknown", code);
        }
    }

    /** {@code {"courseId": 12}} */
    public record EnrolmentRequest(Long courseId) {

        public long course() {
            if (courseId == null) {
                throw new InvalidInputException("courseId", "learning.api.malformed");
            }
            return courseId;
        }
    }

    /** {@code {"courseId": 12, "lessonKey": "…"}} */
    public record ProgressRequest(Long courseId, String lessonKey) {

        public long course() {
            return new EnrolmentRequest(courseId).course();
        }

        public String lesson() {
            if (lessonKey == null || lessonKey.isBlank() || lessonKey.length() > 36) {
                throw new InvalidInputException("lessonKey", "learning.api.malformed");
            }
            return lessonKey;
        }
    }
}
