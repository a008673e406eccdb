package vn.langso.learning.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.accounts.entity.Account;
import vn.langso.courses.control.CourseAccess;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseRevision;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.kernel.ListQuery;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.SearchKey;
import vn.langso.learning.control.LearnerRecords;
import vn.langso.learning.control.LearnerViews;
import vn.langso.learning.control.RevisionContent;

/**
 * The published courses, for everyone signed in. Learners only ever read a course's published revision; an editor
 * asking for a preview reads the draft they are working on (or the published revision when there is no draft).
 */
@Stateless
@RolesAllowed({"ADMIN", "COORDINATOR", "TRAINER", "TEAM_LEADER", "MEMBER"})
public class CourseCatalog {

    static final String SELECT = "select c.id, r.id, r.title, r.summary, f.fileKey, r.language, r.estimatedMinutes";
    static final String FROM = "from Course c join c.publishedRevision r left join r.cover f";
    static final Map<String, String> SORTABLE = Map.of("title", "r.title", "publishedAt", "c.publishedAt");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CourseAccess access;

    @Inject
    RevisionContent content;

    @Inject
    LearnerRecords learners;

    @Inject
    Clock clock;

    public Page<CourseCard> list(CatalogFilter filter, PageRequest request) {
        ListQuery<Object[]> query = new ListQuery<Object[]>(SELECT, FROM, SORTABLE, "r.title, c.id")
                .where("c.status = :status", "status", CourseStatus.PUBLISHED);
        if (filter.text() != null && !filter.text().isBlank()) {
            query.where("r.searchKey like :text", "text", SearchKey.containing(filter.text()));
        }
        if (filter.service() != null) {
            query.where(":service member of r.services", "service", filter.service());
        }
        Page<Object[]> rows = query.page(em, Object[].class, request);
        List<Long> courseIds = rows.items().stream().map(row -> (Long) row[0]).toList();
        List<Long> revisionIds = rows.items().stream().map(row -> (Long) row[1]).toList();
        Map<Long, Long> lessonCounts = content.lessonCounts(revisionIds);
        var services = content.services(revisionIds);
        Account caller = access.caller(username());
        Map<Long, EnrolmentView> enrolments = caller.getMember() == null
                ? Map.of()
                : learners.views(caller.getMember().getId(), courseIds, today());
        List<CourseCard> cards = new ArrayList<>();
        for (Object[] row : rows.items()) {
            cards.add(new CourseCard(
                    (Long) row[0],
                    (String) row[2],
                    (String) row[3],
                    row[4] == null ? null : "/files/" + row[4],
                    services.getOrDefault((Long) row[1], List.of()),
                    (String) row[5],
                    (Integer) row[6],
                    lessonCounts.getOrDefault((Long) row[1], 0L),
                    enrolments.get((Long) row[0])));
        }
        return new Page<>(cards, rows.total(), rows.page(), rows.size());
    }

    /** The course's sections and lessons, with the caller's ticks; 404 for a course the caller may not see. */
    public CourseOutline outline(long courseId, boolean preview) {
        Course course = course(courseId, preview);
        CourseRevision revision = revision(course, preview);
        EnrolmentView enrolment = null;
        Set<String> done = Set.of();
        Account caller = access.caller(username());
        if (!preview && caller.getMember() != null) {
            Long enrolmentId = learners.enrolmentId(courseId, caller.getMember().getId());
            if (enrolmentId != null) {
                enrolment = learners.view(enrolmentId, today());
                done = content.doneKeys(enrolmentId);
            }
        }
        return new CourseOutline(
                course.getId(),
                revision.getNumber(),
                revision.getTitle(),
                revision.getSummary(),
                RevisionContent.fileUrl(revision.getCover()),
                content.services(List.of(revision.getId())).getOrDefault(revision.getId(), List.of()),
                revision.getLanguage(),
                revision.getEstimatedMinutes(),
                course.getStatus(),
                preview,
                LearnerViews.sections(content.sections(revision.getId()), content.lessons(revision.getId()), done),
                enrolment);
    }

    /** One lesson for display, with the keys of the lessons before and after it in the course. */
    public LessonContent lesson(long courseId, String lessonKey, boolean preview) {
        Course course = course(courseId, preview);
        CourseRevision revision = revision(course, preview);
        boolean done = false;
        Account caller = access.caller(username());
        if (!preview && caller.getMember() != null) {
            Long enrolmentId = learners.enrolmentId(courseId, caller.getMember().getId());
            done = content.doneKeys(enrolmentId).contains(lessonKey);
        }
        return LearnerViews.lesson(courseId, revision, content.lessons(revision.getId()), lessonKey, preview, done);
    }

    private Course course(long courseId, boolean preview) {
        return preview ? access.editable(username(), courseId) : access.visible(username(), courseId);
    }

    private static CourseRevision revision(Course course, boolean preview) {
        CourseRevision revision = preview && course.getDraftRevision() != null
                ? course.getDraftRevision()
                : course.getPublishedRevision();
        if (revision == null) {
            throw new NotFoundException();
        }
        return revision;
    }

    private LocalDate today() {
        return LocalDates.today(clock);
    }

    private String username() {
        return session.getCallerPrincipal().getName();
    }
}
