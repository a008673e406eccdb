package vn.langso.demo.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import vn.langso.accounts.entity.Account;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.CourseRevision;
import vn.langso.courses.entity.CourseSection;
import vn.langso.courses.entity.CourseStatus;
import vn.langso.courses.entity.Lesson;
import vn.langso.courses.entity.LessonKind;
import vn.langso.courses.entity.StoredFile;
import vn.langso.demo.control.DemoCourseContent.DemoCourse;
import vn.langso.demo.control.DemoCourseContent.DemoDocument;
import vn.langso.demo.control.DemoCourseContent.DemoLesson;
import vn.langso.demo.control.DemoCourseContent.DemoSection;

/** Publishes the demo courses, each as its first revision, owned by the demo trainer. */
public final class DemoCourses {

    /** A published demo course, its lessons' keys in reading order (all required; the quiz last) and the quiz's. */
    public record PublishedCourse(long courseId, List<String> lessonKeys, String quizKey) {}

    static final String QUIZ_SECTION = "Kiểm tra cuối khóa";

    private DemoCourses() {}

    /**
     * @param storeDocument stores a document's bytes for a course and answers its file row
     */
    public static List<PublishedCourse> publish(
            EntityManager em,
            Account trainer,
            LocalDateTime publishedAt,
            BiFunction<Course, DemoDocument, StoredFile> storeDocument) {
        List<PublishedCourse> published = new ArrayList<>();
        for (int c = 0; c < DemoCourseContent.ALL.size(); c++) {
            DemoCourse demo = DemoCourseContent.ALL.get(c);
            Course course = new Course(trainer, publishedAt.minusDays(30));
            em.persist(course);
            CourseRevision revision = new CourseRevision(course, 1, demo.title(), publishedAt.minusDays(30));
            revision.setSummary(demo.summary());
            revision.setEstimatedMinutes(demo.minutes());
            revision.getServices().addAll(demo.services());
            em.persist(revision);
            List<String> keys = new ArrayList<>();
            int sectionPosition = 0;
            for (DemoSection demoSection : demo.sections()) {
                CourseSection section = new CourseSection(revision, sectionPosition++, demoSection.title());
                em.persist(section);
                int lessonPosition = 0;
                for (DemoLesson demoLesson : demoSection.lessons()) {
                    String key = UUID.randomUUID().toString();
                    LessonKind kind = demoLesson.document() == null ? LessonKind.TEXT : LessonKind.DOCUMENT;
                    Lesson lesson = new Lesson(section, key, lessonPosition++, kind, demoLesson.title());
                    lesson.setBody(demoLesson.body());
                    lesson.setEstimatedMinutes(demoLesson.minutes());
                    if (demoLesson.document() != null) {
                        lesson.setDocumentFile(storeDocument.apply(course, demoLesson.document()));
                    }
                    em.persist(lesson);
                    keys.add(key);
                }
            }
            // The end-of-course quiz, done by passing it; DemoQuizzes writes its settings and questions.
            CourseSection last = new CourseSection(revision, sectionPosition, QUIZ_SECTION);
            em.persist(last);
            String quizKey = UUID.randomUUID().toString();
            Lesson quiz = new Lesson(
                    last,
                    quizKey,
                    0,
                    LessonKind.QUIZ,
                    DemoQuizContent.ALL.get(c).title());
            quiz.setEstimatedMinutes(15);
            em.persist(quiz);
            keys.add(quizKey);
            revision.setPublishedAt(publishedAt);
            course.setPublishedRevision(revision);
            course.setStatus(CourseStatus.PUBLISHED);
            course.setPublishedAt(publishedAt);
            published.add(new PublishedCourse(course.getId(), keys, quizKey));
        }
        em.flush();
        return published;
    }
}
