package vn.langso.learning.boundary;

import java.util.List;
import vn.langso.kernel.OutreachService;

/** A published course in the catalogue, with the caller's own enrolment in it when they have one. */
public record CourseCard(
        long id,
        String title,
        String summary,
        String coverUrl,
        List<OutreachService> services,
        String language,
        Integer estimatedMinutes,
        long lessonCount,
        EnrolmentView enrolment) {}
