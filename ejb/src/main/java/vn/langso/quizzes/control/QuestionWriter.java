package vn.langso.quizzes.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.langso.courses.control.HtmlSanitizer;
import vn.langso.courses.entity.Course;
import vn.langso.kernel.InvalidInputException;
import vn.langso.kernel.SearchKey;
import vn.langso.quizzes.entity.Question;
import vn.langso.quizzes.entity.QuestionCategory;
import vn.langso.quizzes.entity.QuestionType;

/**
 * Puts content into a question, whether typed on the page or read from GIFT: HTML through the sanitizer, the
 * category found or created by name, the search key, and the rules every question keeps (at least two choices; one
 * right answer for single choice and true/false, at least one for multiple choice).
 */
@Dependent
public class QuestionWriter {

    /** The category of questions that name none (GIFT before any $CATEGORY). */
    public static final String DEFAULT_CATEGORY = "Mặc định";

    /** A choice to store; {@code weightPercent} null lets the writer derive it from the right answers. */
    public record Choice(String text, boolean correct, Integer weightPercent, String feedbackHtml) {}

    /** A question to store. */
    public record Content(
            QuestionType type,
            String category,
            String title,
            String textHtml,
            String explanationHtml,
            List<Choice> choices) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    HtmlSanitizer sanitizer;

    /** The question's content, checked; throws {@link InvalidInputException} naming the field at fault. */
    public void write(Question question, Content content) {
        if (content.type() == null) {
            throw new InvalidInputException("type", "quizzes.question.typeRequired");
        }
        String text = sanitizer.sanitize(content.textHtml());
        if (text == null) {
            throw new InvalidInputException("text", "quizzes.question.textRequired");
        }
        String title = content.title() == null ? "" : content.title().strip();
        if (title.length() > 255) {
            throw new InvalidInputException("title", "quizzes.question.titleTooLong");
        }
        List<Choice> choices = content.choices().stream()
                .filter(c -> c.text() != null && !c.text().isBlank())
                .toList();
        check(content.type(), choices);
        long right = choices.stream().filter(Choice::correct).count();
        question.setType(content.type());
        question.setCategory(category(question.getCourse(), content.category()));
        question.setTitle(title);
        question.setTextHtml(text);
        question.setExplanationHtml(sanitizer.sanitize(content.explanationHtml()));
        question.setSearchKey(searchKey(title + " " + text));
        question.setChoices(choices.stream()
                .map(c -> new Question.ChoiceContent(
                        c.text().strip(),
                        c.correct(),
                        c.weightPercent() != null ? c.weightPercent() : weight(content.type(), c.correct(), right),
                        sanitizer.sanitize(c.feedbackHtml())))
                .toList());
    }

    static void check(QuestionType type, List<Choice> choices) {
        if (choices.size() < 2) {
            throw new InvalidInputException("choices", "quizzes.question.twoChoices");
        }
        if (type == QuestionType.TRUE_FALSE && choices.size() != 2) {
            throw new InvalidInputException("choices", "quizzes.question.trueFalseTwo");
        }
        if (choices.stream().anyMatch(c -> c.text().strip().length() > 1000)) {
            throw new InvalidInputException("choices", "quizzes.question.choiceTooLong");
        }
        long right = choices.stream().filter(Choice::correct).count();
        if (type == QuestionType.MULTIPLE_CHOICE && right == 0) {
            throw new InvalidInputException("choices", "quizzes.question.oneRightAtLeast");
        }
        if (type != QuestionType.MULTIPLE_CHOICE && right != 1) {
            throw new InvalidInputException("choices", "quizzes.question.exactlyOneRight");
        }
    }

    /** Moodle's weights for what the page states: each right answer 1/k of the point, each wrong one −1/k. */
    public static int weight(QuestionType type, boolean correct, long right) {
        if (type != QuestionType.MULTIPLE_CHOICE) {
            return correct ? 100 : 0;
        }
        int share = (int) Math.round(100.0 / right);
        return correct ? share : -share;
    }

    public QuestionCategory category(Course course, String name) {
        String wanted = name == null || name.isBlank() ? DEFAULT_CATEGORY : name.strip();
        if (wanted.length() > 255) {
            throw new InvalidInputException("category", "quizzes.question.categoryTooLong");
        }
        List<QuestionCategory> found = em.createQuery(
                        "select c from QuestionCategory c where c.course = :course and c.name = :name",
                        QuestionCategory.class)
                .setParameter("course", course)
                .setParameter("name", wanted)
                .getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        QuestionCategory category = new QuestionCategory(course, wanted);
        em.persist(category);
        return category;
    }

    public static String searchKey(String html) {
        String plain = html.replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        String key = SearchKey.of(plain);
        return key.length() > 500 ? key.substring(0, 500) : key;
    }
}
