package vn.langso.quizzes.boundary;

import java.util.List;

/** A quiz for its editors: which lesson of which course, its settings and its slots in order. */
public record QuizSetupView(
        long quizId,
        long courseId,
        String courseTitle,
        String lessonKey,
        String lessonTitle,
        QuizSettingsEdit settings,
        List<SlotView> slots) {

    /** How many questions each attempt asks: one per fixed slot, the draw count of each random one. */
    public int questionsPerAttempt() {
        return slots.stream().mapToInt(s -> s.fixed() ? 1 : s.drawCount()).sum();
    }

    /** A random slot whose category has run short: attempts could not start. */
    public boolean anyShortSlot() {
        return slots.stream().anyMatch(s -> !s.enough());
    }
}
