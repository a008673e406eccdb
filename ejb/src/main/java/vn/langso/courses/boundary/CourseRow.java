package vn.langso.courses.boundary;

import java.time.LocalDateTime;
import vn.langso.courses.entity.CourseStatus;

/** A course in the authoring list, described by the revision its editors work on (the draft, if any). */
public record CourseRow(
        long id,
        String title,
        CourseStatus status,
        int revisionNumber,
        boolean hasDraft,
        String ownerName,
        LocalDateTime createdAt) {}
