package vn.langso.courses.boundary;

import java.util.Set;
import vn.langso.kernel.OutreachService;

/** The description of a course as a trainer writes it. */
public record CourseDetails(
        String title, String summary, Set<OutreachService> services, String language, Integer estimatedMinutes) {}
