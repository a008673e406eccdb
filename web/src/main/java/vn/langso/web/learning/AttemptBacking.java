package vn.langso.web.learning;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.langso.kernel.BusinessException;
import vn.langso.kernel.NotFoundException;
import vn.langso.quizzes.boundary.AskedQuestionView;
import vn.langso.quizzes.boundary.AttemptView;
import vn.langso.quizzes.boundary.Attempts;
import vn.langso.web.faces.Pages;
import vn.langso.web.i18n.Messages;

/**
 * Taking a quiz (attempt.xhtml?id=): each answer is saved by its own small request as it is chosen, so a reload
 * shows what was saved; the countdown is the server's deadline. A graded attempt opens its review instead.
 */
@Named
@ViewScoped
public class AttemptBacking implements Serializable {

    @Inject
    Attempts attempts;

    private String attemptId;
    private AttemptView attempt;
    private final Map<Long, Answer> answers = new HashMap<>();

    /**
     * What a question's inputs hold. Typed properties, not map values: a select-many bound to a value of type Object
     * would hand back an untyped array.
     */
    public static class Answer implements Serializable {
        private Long single;
        private List<Long> multiple = new ArrayList<>();

        Set<Long> chosen() {
            Set<Long> chosen = new LinkedHashSet<>(multiple == null ? List.of() : multiple);
            if (single != null) {
                chosen.add(single);
            }
            return chosen;
        }

        public Long getSingle() {
            return single;
        }

        public void setSingle(Long single) {
            this.single = single;
        }

        public List<Long> getMultiple() {
            return multiple;
        }

        public void setMultiple(List<Long> multiple) {
            this.multiple = multiple;
        }
    }

    public void open() throws IOException {
        Long id = Pages.id(attemptId);
        try {
            if (id == null) {
                throw new NotFoundException();
            }
            attempt = attempts.view(id);
        } catch (NotFoundException | EJBAccessException e) {
            Pages.notFound();
            return;
        }
        // Only its learner answers; a trainer following the link reads it on the review page.
        if (!attempt.isOpen() || !attempt.ownAttempt()) {
            redirectToReview();
            return;
        }
        for (AskedQuestionView q : attempt.questions()) {
            Answer answer = new Answer();
            if (q.isMultiple()) {
                answer.multiple = new ArrayList<>(q.chosen());
            } else if (!q.chosen().isEmpty()) {
                answer.single = q.chosen().iterator().next();
            }
            answers.put(q.questionId(), answer);
        }
    }

    public void save(AskedQuestionView question) {
        try {
            attempts.answer(
                    attempt.attemptId(),
                    question.questionId(),
                    answers.get(question.questionId()).chosen());
        } catch (BusinessException refusal) {
            Messages.error(refusal.messageKey(), refusal.arguments().toArray());
        }
    }

    public void submit() {
        try {
            attempts.submit(attempt.attemptId());
        } catch (BusinessException refusal) {
            Messages.error(refusal.messageKey(), refusal.arguments().toArray());
            return;
        }
        redirectToReview();
    }

    private void redirectToReview() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/learning/review.xhtml?id=" + attempt.attemptId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAnswered(long questionId) {
        return !answers.get(questionId).chosen().isEmpty();
    }

    public long getAnsweredCount() {
        return attempt.questions().stream()
                .filter(q -> isAnswered(q.questionId()))
                .count();
    }

    /** Seconds to the deadline as the server counts them; -1 without a time limit. */
    public long getSecondsLeft() {
        LocalDateTime deadline = attempt.deadlineAt();
        if (deadline == null) {
            return -1;
        }
        return Math.max(
                0, Duration.between(LocalDateTime.now(ZoneOffset.UTC), deadline).getSeconds());
    }

    public AttemptView getAttempt() {
        return attempt;
    }

    public Map<Long, Answer> getAnswers() {
        return answers;
    }

    public String getAttemptId() {
        return attemptId;
    }

    public void setAttemptId(String attemptId) {
        this.attemptId = attemptId;
    }
}
