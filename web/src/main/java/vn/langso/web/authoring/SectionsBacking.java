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
import vn.langso.courses.boundary.SectionView;
import vn.langso.kernel.BusinessException;

/** The sections of the course: add, rename (one dialog for both), delete with their lessons, reorder. */
@Named
@ViewScoped
public class SectionsBacking implements Serializable {

    @Inject
    CourseEditorBacking editor;

    @Inject
    CourseOutlineAuthoring outline;

    private Long sectionId;
    private String title;

    public void startNew() {
        sectionId = null;
        title = null;
    }

    public void startRename(SectionView section) {
        sectionId = section.id();
        title = section.title();
    }

    public void save() {
        try {
            editor.show(
                    sectionId == null
                            ? outline.addSection(editor.courseId(), title)
                            : outline.renameSection(sectionId, title));
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal, Map.of("sectionTitle", "sectionForm:sectionTitle"));
        }
    }

    /** Confirmed on the page, which says that the section's lessons go with it. */
    public void delete(long id) {
        try {
            editor.show(outline.deleteSection(id, true));
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal);
        }
    }

    /** The table has already put the dragged row in its new place in the list it shows; that order is saved. */
    public void reordered(ReorderEvent event) {
        save(editor.getCourse().sections().stream().map(SectionView::id).toList());
    }

    public void moveUp(int index) {
        move(index, index - 1);
    }

    public void moveDown(int index) {
        move(index, index + 1);
    }

    private void move(int from, int to) {
        List<Long> ids = new ArrayList<>(
                editor.getCourse().sections().stream().map(SectionView::id).toList());
        if (from == to || to < 0 || to >= ids.size()) {
            return;
        }
        ids.add(to, ids.remove(from));
        save(ids);
    }

    private void save(List<Long> ids) {
        try {
            editor.show(outline.reorderSections(editor.courseId(), ids));
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal);
        }
    }

    public boolean isRenaming() {
        return sectionId != null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
