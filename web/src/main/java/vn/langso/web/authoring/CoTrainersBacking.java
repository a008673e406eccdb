package vn.langso.web.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import vn.langso.courses.boundary.CourseAuthoring;
import vn.langso.kernel.BusinessException;

/** The trainers who edit the course with its owner, named by their user name. */
@Named
@ViewScoped
public class CoTrainersBacking implements Serializable {

    @Inject
    CourseEditorBacking editor;

    @Inject
    CourseAuthoring authoring;

    private String username;

    public void add() {
        try {
            editor.show(authoring.addCoTrainer(editor.courseId(), username));
            username = null;
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal, Map.of("coTrainer", "coTrainers:username"));
        }
    }

    public void remove(String trainer) {
        try {
            editor.show(authoring.removeCoTrainer(editor.courseId(), trainer));
        } catch (BusinessException refusal) {
            AuthoringPages.refuse(refusal);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
