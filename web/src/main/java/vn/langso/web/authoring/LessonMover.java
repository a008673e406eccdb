package vn.langso.web.authoring;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.langso.courses.boundary.CourseAuthoring;
import vn.langso.courses.boundary.CourseOutlineAuthoring;
import vn.langso.courses.boundary.LessonAuthoring;
import vn.langso.courses.boundary.LessonRow;
import vn.langso.courses.boundary.LessonView;
import vn.langso.courses.boundary.SectionView;

/**
 * Moves a lesson to the end of another section, chosen by its place in the outline: the ids the page showed may be
 * the published revision's, while the move happens in the draft the save just started.
 */
@Dependent
public class LessonMover implements Serializable {

    @Inject
    CourseAuthoring authoring;

    @Inject
    CourseOutlineAuthoring outline;

    @Inject
    LessonAuthoring lessons;

    int indexOf(List<SectionView> sections, long sectionId) {
        for (int index = 0; index < sections.size(); index++) {
            if (sections.get(index).id() == sectionId) {
                return index;
            }
        }
        return 0;
    }

    LessonView moveToSection(LessonView lesson, int sectionIndex) {
        List<SectionView> sections = authoring.editor(lesson.courseId()).sections();
        if (sectionIndex < 0 || sectionIndex >= sections.size()) {
            return lesson;
        }
        SectionView target = sections.get(sectionIndex);
        if (target.id() == lesson.sectionId()) {
            return lesson;
        }
        List<Long> ids =
                new ArrayList<>(target.lessons().stream().map(LessonRow::id).toList());
        ids.add(lesson.id());
        outline.reorderLessons(target.id(), ids);
        return lessons.lesson(lesson.id());
    }
}
