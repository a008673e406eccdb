package vn.langso.quizzes.control;

import java.util.List;
import java.util.Objects;
import vn.langso.quizzes.entity.QuestionType;

/** Writes questions back to GIFT, so that what {@link GiftParser} reads from the file is what was exported. */
public final class GiftWriter {

    private GiftWriter() {}

    public static String write(List<GiftQuestion> questions) {
        StringBuilder out = new StringBuilder("// LangSo question bank (GIFT)\n\n");
        String category = null;
        for (GiftQuestion question : questions) {
            if (!Objects.equals(category, question.category())
                    && !question.category().isBlank()) {
                out.append("$CATEGORY: ").append(question.category()).append("\n\n");
            }
            category = question.category();
            if (!question.title().isBlank()) {
                out.append("::").append(escape(question.title())).append("::");
            }
            out.append(html(question.textHtml())).append(" {");
            if (question.type() == QuestionType.TRUE_FALSE) {
                trueFalse(out, question);
            } else {
                choices(out, question);
            }
            if (!question.explanation().isBlank()) {
                out.append("\n\t####").append(html(question.explanation()));
            }
            out.append("\n}\n\n");
        }
        return out.toString();
    }

    private static void trueFalse(StringBuilder out, GiftQuestion question) {
        GiftQuestion.Choice truth = question.choices().get(0);
        boolean answerIsTrue = truth.correct();
        GiftQuestion.Choice right = answerIsTrue ? truth : question.choices().get(1);
        GiftQuestion.Choice wrong = answerIsTrue ? question.choices().get(1) : truth;
        out.append(answerIsTrue ? "TRUE" : "FALSE");
        if (!wrong.feedback().isBlank() || !right.feedback().isBlank()) {
            out.append('#').append(html(wrong.feedback())).append('#').append(html(right.feedback()));
        }
    }

    private static void choices(StringBuilder out, GiftQuestion question) {
        boolean weighted = question.type() == QuestionType.MULTIPLE_CHOICE;
        long right =
                question.choices().stream().filter(GiftQuestion.Choice::correct).count();
        // Weights kept from an imported file are written back as they were; weights that contradict the right answers
        // (none stored: 0 for every choice) are derived from them, or the file would not import again.
        boolean keptWeightsHold = question.choices().stream().allMatch(c -> c.correct() == (c.weightPercent() > 0));
        for (GiftQuestion.Choice choice : question.choices()) {
            out.append("\n\t");
            if (weighted) {
                int weight = keptWeightsHold
                        ? choice.weightPercent()
                        : QuestionWriter.weight(question.type(), choice.correct(), right);
                out.append("~%").append(weight).append('%');
            } else {
                out.append(choice.correct() ? '=' : '~');
            }
            out.append(escape(choice.text()));
            if (!choice.feedback().isBlank()) {
                out.append(" #").append(html(choice.feedback()));
            }
        }
    }

    private static String html(String html) {
        return html.isBlank() ? "" : "[html]" + escape(html);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("~=#{}:\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }
}
