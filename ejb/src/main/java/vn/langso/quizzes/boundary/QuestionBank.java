package vn.langso.quizzes.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.langso.courses.control.CourseAccess;
import vn.langso.courses.entity.Course;
import vn.langso.courses.entity.FileKind;
import vn.langso.courses.entity.StoredFile;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.ListQuery;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Page;
import vn.langso.kernel.PageRequest;
import vn.langso.kernel.SearchKey;
import vn.langso.quizzes.control.GiftError;
import vn.langso.quizzes.control.GiftParser;
import vn.langso.quizzes.control.GiftQuestion;
import vn.langso.quizzes.control.GiftQuestions;
import vn.langso.quizzes.control.GiftWriter;
import vn.langso.quizzes.control.QuestionWriter;
import vn.langso.quizzes.entity.Question;

/**
 * A course's question bank, for the course's editors only (anyone else finds no such course). Questions are made
 * inactive, never deleted. A GIFT file is imported whole or not at all: any unreadable line refuses the file.
 */
@Stateless
@RolesAllowed({"ADMIN", "TRAINER"})
public class QuestionBank {

    static final String ROW =
            "select new vn.langso.quizzes.boundary.QuestionRow(q.id, c.name, q.type, q.title," + " q.textHtml)";
    static final String FROM = "from Question q join q.category c";
    static final Map<String, String> SORTABLE = Map.of("category", "c.name", "title", "q.title", "type", "q.type");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CourseAccess access;

    @Inject
    QuestionWriter writer;

    @Inject
    Clock clock;

    /** The active questions of the course. */
    public Page<QuestionRow> list(long courseId, QuestionFilter filter, PageRequest request) {
        Course course = course(courseId);
        ListQuery<QuestionRow> query = new ListQuery<QuestionRow>(ROW, FROM, SORTABLE, "c.name, q.id")
                .where("q.course = :course", "course", course)
                .where("q.active = true");
        if (filter.categoryId() != null) {
            query.where("c.id = :category", "category", filter.categoryId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.where("q.searchKey like :text", "text", SearchKey.containing(filter.text()));
        }
        return query.page(em, QuestionRow.class, request);
    }

    public List<CategoryCount> categories(long courseId) {
        return em.createQuery(
                        "select new vn.langso.quizzes.boundary.CategoryCount(c.id, c.name, count(q))"
                                + " from QuestionCategory c left join Question q on q.category = c and q.active = true"
                                + " where c.course = :course group by c.id, c.name order by c.name",
                        CategoryCount.class)
                .setParameter("course", course(courseId))
                .getResultList();
    }

    public QuestionView question(long courseId, long questionId) {
        return QuestionView.of(find(course(courseId), questionId));
    }

    public QuestionView create(long courseId, QuestionEdit edit) {
        Question question = new Question(course(courseId), LocalDateTime.now(clock));
        writer.write(question, content(edit));
        em.persist(question);
        em.flush();
        return QuestionView.of(question);
    }

    public QuestionView update(long courseId, long questionId, QuestionEdit edit) {
        Question question = find(course(courseId), questionId);
        writer.write(question, content(edit));
        em.flush();
        return QuestionView.of(question);
    }

    /** The image shown with the question: an image uploaded to the same course, or none ({@code fileId} null). */
    public QuestionView setImage(long courseId, long questionId, Long fileId) {
        Course course = course(courseId);
        Question question = find(course, questionId);
        StoredFile image = fileId == null ? null : em.find(StoredFile.class, fileId);
        if (fileId != null
                && (image == null
                        || !image.getCourse().getId().equals(course.getId())
                        || image.getKind() != FileKind.IMAGE)) {
            throw new InvalidInputException("image", "quizzes.question.imageNotFound");
        }
        question.setImageFile(image);
        return QuestionView.of(question);
    }

    /** Out of the bank for new quizzes; attempts that asked it keep it. */
    public void deactivate(long courseId, long questionId) {
        find(course(courseId), questionId).deactivate();
    }

    /** Every question of the file, in one transaction, or nothing and every error. */
    public GiftImportReport importGift(long courseId, String text) {
        Course course = course(courseId);
        GiftParser.Result result = GiftParser.parse(text == null ? "" : text);
        if (!result.readable()) {
            throw new GiftRejectedException(result.errors());
        }
        long before = categoryCount(course);
        List<GiftError> errors = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (GiftQuestion gift : result.questions()) {
            Question question = new Question(course, now);
            try {
                writer.write(question, GiftQuestions.content(gift));
                em.persist(question);
            } catch (InvalidInputException invalid) {
                errors.add(new GiftError(gift.line(), invalid.messageKey(), excerpt(gift)));
            }
        }
        if (!errors.isEmpty()) {
            throw new GiftRejectedException(errors);
        }
        em.flush();
        return new GiftImportReport(result.questions().size(), (int) (categoryCount(course) - before));
    }

    /** The active questions as GIFT, by category. */
    public String exportGift(long courseId) {
        List<Question> questions = em.createQuery(
                        "select q from Question q join q.category c where q.course = :course and q.active = true"
                                + " order by c.name, q.id",
                        Question.class)
                .setParameter("course", course(courseId))
                .getResultList();
        return GiftWriter.write(questions.stream().map(GiftQuestions::gift).toList());
    }

    private long categoryCount(Course course) {
        return em.createQuery("select count(c) from QuestionCategory c where c.course = :course", Long.class)
                .setParameter("course", course)
                .getSingleResult();
    }

    private static String excerpt(GiftQuestion gift) {
        String text = gift.textHtml().replaceAll("<[^>]*>", " ").strip().replaceAll("\\s+", " ");
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private Question find(Course course, long questionId) {
        Question question = em.find(Question.class, questionId);
        if (question == null || !question.getCourse().getId().equals(course.getId())) {
            throw new NotFoundException();
        }
        return question;
    }

    private Course course(long courseId) {
        return access.editable(session.getCallerPrincipal().getName(), courseId);
    }

    private static QuestionWriter.Content content(QuestionEdit edit) {
        return new QuestionWriter.Content(
                edit.type(),
                edit.category(),
                edit.title(),
                edit.textHtml(),
                edit.explanationHtml(),
                edit.choices().stream()
                        .map(c -> new QuestionWriter.Choice(c.text(), c.correct(), null, c.feedbackHtml()))
                        .toList());
    }
}
