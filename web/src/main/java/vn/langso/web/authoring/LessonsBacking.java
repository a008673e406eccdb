package vn.langso.web.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.ReorderEvent;
import vn.langso.courses.boundary.CourseOutlineAuthoring;
import vn.langso.courses.boundary.LessonRow;
import vn.langso.courses.boundary.LessonView;
import vn.langso.courses.boundary.SectionView;
import vn.langso.courses.entity.LessonKind;
import vn.langso.kernel.BusinessException;

/** The lessons in the outline: a new one (then its editor), delete, reorder within a section. */
@Named
@ViewScoped
public class LessonsBacking implements Serializable {

    @Inject
    CourseEditorBacking editor;

    @Inject
    CourseOutlineAuthoring outline;

    private long sectionId;
    private LessonKind kind = LessonKind.TEXT;
    private String title;

    public void startNew(long section) {
        sectionId = section;
        kind = LessonKind.TEXT;
        title = null;
    }

    public void create() {
        try {
            LessonView lesson = outline.addLesson(sectionId, kind, title);
            AuthoringPages.redirect("/authoring/lesson.xhtml?id=" + lesson.id());
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(
                    refusal, Map.of("lessonTitle", "lessonForm:lessonTitle", "lessonKind", "lessonForm:kind"));
        }
    }

    public void delete(long lessonId) {
        try {
            editor.show(outline.deleteLesson(lessonId));
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal);
        }
    }

    /**
     * From a section's table (its sectionId attribute says which: the table is repeated per section), which has
     * already put the dragged row in its new place in the list it shows; that order is saved.
     */
    public void reordered(ReorderEvent event) {
        long section = ((Number) event.getComponent().getAttributes().get("sectionId")).longValue();
        save(section, lessonIds(section));
    }

    public void move(long section, int from, int to) {
        List<Long> ids = lessonIds(section);
        if (from == to || to < 0 || to >= ids.size()) {
            return;
        }
        ids.add(to, ids.remove(from));
        save(section, ids);
    }

    private List<Long> lessonIds(long section) {
        SectionView shown = editor.getCourse().sections().stream()
                .filter(s -> s.id() == section)
                .findFirst()
                .orElseThrow();
        return new ArrayList<>(shown.lessons().stream().map(LessonRow::id).toList());
    }

    private void save(long section, List<Long> ids) {
        try {
            editor.show(outline.reorderLessons(section, ids));
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal);
        }
    }

    public List<LessonKind> getKinds() {
        return List.of(LessonKind.values());
    }

    public LessonKind getKind() {
        return kind;
    }

    public void setKind(LessonKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
