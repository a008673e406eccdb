package vn.langso.quizzes.boundary;

/**
 * One line of what a quiz asks: a fixed question (its title or the start of its text, and whether it is still
 * active in the bank) or {@code drawCount} questions at random from a category; {@code enough} is false when the
 * category no longer holds that many active questions besides the quiz's fixed ones.
 */
public record SlotView(
        long id,
        int position,
        Long questionId,
        String questionText,
        boolean questionActive,
        Long categoryId,
        String categoryName,
        int drawCount,
        boolean enough) {

    public boolean fixed() {
        return questionId != null;
    }
}
