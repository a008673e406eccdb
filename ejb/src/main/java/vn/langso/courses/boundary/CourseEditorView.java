package vn.langso.courses.boundary;

import java.time.LocalDateTime;
import java.util.List;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.kernel.OutreachService;

/**
 * A course as its editors see it: the draft when there is one, else the published revision (whose rows an edit
 * copies into a new draft first).
 */
public record CourseEditorView(
        long id,
        CourseStatus status,
        boolean hasDraft,
        boolean everPublished,
        int revisionNumber,
        String title,
        String summary,
        String language,
        Integer estimatedMinutes,
        List<OutreachService> services,
        StoredFileView cover,
        TrainerView owner,
        List<TrainerView> coTrainers,
        List<SectionView> sections,
        LocalDateTime publishedAt,
        LocalDateTime archivedAt) {

    public int lessonCount() {
        return sections.stream().mapToInt(s -> s.lessons().size()).sum();
    }
}
