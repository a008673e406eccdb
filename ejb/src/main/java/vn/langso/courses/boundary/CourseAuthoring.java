package vn.langso.courses.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import vn.langso.accounts.entity.Account;
import vn.langso.accounts.entity.Role;
import vn.langso.courses.control.CourseAccess;
import vn.langso.courses.control.CourseDescriber;
import vn.langso.courses.control.Drafts;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseRevision;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.courses.entity.FileKind;
import vn.langso.kernel.ConflictException;
import vn.langso.kernel.ListQuery;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.SearchKey;

/**
 * Trainers' courses and their life: create, describe, publish, discard a draft, archive, restore. Every edit goes to
 * the draft revision (see {@link Drafts}); what learners see changes only when a draft is published.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER"})
public class CourseAuthoring {

    static final String ROW = "select new vn.langso.courses.boundary.CourseRow(c.id, coalesce(d.title, p.title),"
            + " c.status, coalesce(d.number, p.number), case when d.id is null then false else true end,"
            + " o.displayName, c.createdAt)";
    static final String FROM =
            "from Course c join c.owner o left join c.draftRevision d left join c.publishedRevision p";
    static final Map<String, String> SORTABLE = Map.of(
            "title", "coalesce(d.title, p.title)",
            "status", "c.status",
            "ownerName", "o.displayName",
            "createdAt", "c.createdAt");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CourseAccess access;

    @Inject
    Drafts drafts;

    @Inject
    CourseDescriber describer;

    @Inject
    Clock clock;

    @Inject
    Event<CoursePublished> published;

    /** The courses the caller may edit (an admin: all of them). */
    public Page<CourseRow> list(CourseFilter filter, PageRequest request) {
        Account caller = access.caller(caller());
        ListQuery<CourseRow> query = new ListQuery<>(ROW, FROM, SORTABLE, "c.id desc");
        if (!caller.getRoles().contains(Role.ADMIN)) {
            query.where(
                    "(o.id = :me or c.id in (select c2.id from Course c2 join c2.coTrainers t where t.id = :me))",
                    "me",
                    caller.getId());
        }
        if (filter.status() != null) {
            query.where("c.status = :status", "status", filter.status());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.where("coalesce(d.searchKey, p.searchKey) like :text", "text", SearchKey.containing(filter.text()));
        }
        return query.page(em, CourseRow.class, request);
    }

    public CourseEditorView editor(long courseId) {
        return EditorViews.course(access.editable(caller(), courseId));
    }

    /** A new course of the caller's, with its first draft. */
    public CourseEditorView create(CourseDetails details) {
        LocalDateTime now = LocalDateTime.now(clock);
        Course course = new Course(access.caller(caller()), now);
        CourseRevision draft = new CourseRevision(course, 1, details.title(), now);
        describe(draft, details);
        em.persist(course);
        em.persist(draft);
        course.setDraftRevision(draft);
        em.flush();
        return EditorViews.course(course);
    }

    public CourseEditorView updateDetails(long courseId, CourseDetails details) {
        describe(drafts.ofCourse(caller(), courseId).revision(), details);
        return editor(courseId);
    }

    /** The cover image, an uploaded image of this course; null takes it away. */
    public CourseEditorView setCover(long courseId, Long fileId) {
        CourseRevision draft = drafts.ofCourse(caller(), courseId).revision();
        draft.setCover(fileId == null ? null : describer.file(draft.getCourse(), fileId, "cover", FileKind.IMAGE));
        return editor(courseId);
    }

    public CourseEditorView addCoTrainer(long courseId, String username) {
        Course course = access.editable(caller(), courseId);
        course.getCoTrainers().add(describer.coTrainer(course, username));
        return EditorViews.course(course);
    }

    public CourseEditorView removeCoTrainer(long courseId, String username) {
        Course course = access.editable(caller(), courseId);
        course.getCoTrainers().removeIf(a -> a.getUsername().equals(username));
        return EditorViews.course(course);
    }

    /**
     * The draft becomes what learners see. Refused when it has no lesson, no required lesson (no one could ever
     * complete it), or a lesson a learner could not follow (a video or document without its file, a link without its
     * address).
     */
    public CourseEditorView publish(long courseId) {
        Course course = access.editable(caller(), courseId);
        if (course.getStatus() == CourseStatus.ARCHIVED) {
            throw new ConflictException("authoring.course.archived");
        }
        CourseRevision draft = course.getDraftRevision();
        if (draft == null) {
            throw new ConflictException("authoring.publish.noDraft");
        }
        if (draft.lessonCount() == 0) {
            throw new ConflictException("authoring.publish.empty");
        }
        if (!draft.hasRequiredLesson()) {
            throw new ConflictException("authoring.publish.noRequired");
        }
        if (!draft.lessonsWithoutContent().isEmpty()) {
            throw new ConflictException(
                    "authoring.publish.lessonWithoutContent",
                    draft.lessonsWithoutContent().get(0).getTitle());
        }
        course.publish(draft, LocalDateTime.now(clock));
        em.flush();
        published.fire(new CoursePublished(course.getId()));
        return EditorViews.course(course);
    }

    /** Throws the draft of a published course away; learners never saw it. */
    public CourseEditorView discardDraft(long courseId) {
        Course course = access.editable(caller(), courseId);
        if (course.getDraftRevision() == null || course.getPublishedRevision() == null) {
            throw new ConflictException("authoring.discard.nothing");
        }
        drafts.discard(course);
        return EditorViews.course(course);
    }

    public CourseEditorView archive(long courseId) {
        Course course = access.editable(caller(), courseId);
        if (course.getStatus() == CourseStatus.ARCHIVED) {
            throw new ConflictException("authoring.archive.already");
        }
        course.archive(LocalDateTime.now(clock));
        return EditorViews.course(course);
    }

    public CourseEditorView restore(long courseId) {
        Course course = access.editable(caller(), courseId);
        if (course.getStatus() != CourseStatus.ARCHIVED) {
            throw new ConflictException("authoring.restore.notArchived");
        }
        course.restore();
        return EditorViews.course(course);
    }

    private void describe(CourseRevision draft, CourseDetails details) {
        describer.describe(
                draft,
                details.title(),
                details.summary(),
                details.services(),
                details.language(),
                details.estimatedMinutes());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
