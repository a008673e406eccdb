package vn.langso.web.api.learning;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.Locale;
import vn.langso.courses.entity.OutreachService;
import vn.langso.platform.boundary.InvalidInputException;
import vn.langso.platform.boundary.PageRequest;

/** What the learning API shares: paging like the organisation API, service codes, request bodies read strictly. */
public final class LearningApi {

    static final int DEFAULT_SIZE = 50;
    private static final Jsonb JSON = JsonbBuilder.create();

    private LearningApi() {}

    public static PageRequest page(Integer page, Integer size, String sort) {
        boolean descending = sort != null && sort.startsWith("-");
        String field = sort == null ? null : sort.replaceFirst("^[-+]", "");
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, field, !descending);
    }

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

    /** The JSON body as the type; anything else, or a body without a course id, is a 400 problem. */
    public static <T> T body(String json, Class<T> type) {
        try {
            T value = json == null || json.isBlank() ? null : JSON.fromJson(json, type);
            if (value == null) {
                throw new InvalidInputException("body", "learning.api.malformed");
            }
            return value;
        } catch (JsonbException e) {
            throw new InvalidInputException("body", "learning.api.malformed");
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
