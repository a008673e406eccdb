package vn.langso.quizzes.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.langso.quizzes.entity.QuestionType;

/**
 * Reads Moodle's GIFT format (docs.moodle.org/en/GIFT_format) for the three question types LangSo has: multiple choice
 * with one right answer ({@code =right ~wrong}), with several (weights {@code ~%50%a ~%50%b ~%-100%c}) and true/false
 * ({@code {T}}, {@code {FALSE#wrong#right}}). Categories ({@code $CATEGORY:}), titles ({@code ::t::}), comments,
 * per-answer feedback ({@code #}), general feedback ({@code ####}), text formats and escapes are understood. Any
 * other question type (short answer, matching, numerical, essay) is an error, as is anything unreadable: each
 * reported with its line, so that a trainer can fix the file and import it whole.
 */
public final class GiftParser {

    /** What a file held: questions if there is no error at all, else the errors. */
    public record Result(List<GiftQuestion> questions, List<GiftError> errors) {

        public boolean readable() {
            return errors.isEmpty();
        }
    }

    private record Block(int line, String text) {}

    /**
     * GIFT's true/false has no choice texts; they are stored in Vietnamese, the language LangSo's courses are written
     * in, so that an imported question reads like one a trainer typed.
     */
    public static final String TRUE_TEXT = "Đúng";

    public static final String FALSE_TEXT = "Sai";

    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d{1,3}(?:\\.\\d+)?)%");
    private static final Pattern FORMAT =
            Pattern.compile("^\\[(html|moodle|plain|markdown)]", Pattern.CASE_INSENSITIVE);

    private GiftParser() {}

    public static Result parse(String file) {
        List<GiftQuestion> questions = new ArrayList<>();
        List<GiftError> errors = new ArrayList<>();
        String category = "";
        for (Block block : blocks(file, errors)) {
            String text = block.text().strip();
            int line = block.line();
            if (text.regionMatches(true, 0, "$CATEGORY:", 0, "$CATEGORY:".length())) {
                // Moodle wants a blank line after the category; a question straight below it is read all the same.
                int end = text.indexOf('\n');
                category = text.substring("$CATEGORY:".length(), end < 0 ? text.length() : end)
                        .strip();
                if (end < 0) {
                    continue;
                }
                text = text.substring(end + 1).strip();
                line++;
            }
            try {
                questions.add(question(line, category, text));
            } catch (Unreadable unreadable) {
                errors.add(new GiftError(line, unreadable.key, excerpt(text)));
            }
        }
        return errors.isEmpty() ? new Result(questions, List.of()) : new Result(List.of(), errors);
    }

    /** Questions are separated by blank lines; a block whose braces are still open goes on past a blank line. */
    private static List<Block> blocks(String file, List<GiftError> errors) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = file.replace("\uFEFF", "").split("\\R", -1);
        StringBuilder current = new StringBuilder();
        int start = 0;
        int depth = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.isBlank() && depth == 0) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(start, current.toString()));
                    current.setLength(0);
                }
                continue;
            }
            if (current.isEmpty()) {
                start = i + 1;
            } else {
                current.append('\n');
            }
            current.append(line);
            depth += braceBalance(line);
            if (depth < 0) {
                errors.add(new GiftError(i + 1, "quizzes.gift.unbalancedBraces", excerpt(line)));
                depth = 0;
            }
        }
        if (depth != 0) {
            errors.add(new GiftError(start, "quizzes.gift.unbalancedBraces", excerpt(current.toString())));
        } else if (!current.isEmpty()) {
            blocks.add(new Block(start, current.toString()));
        }
        return blocks;
    }

    private static int braceBalance(String line) {
        int balance = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                balance++;
            } else if (c == '}') {
                balance--;
            }
        }
        return balance;
    }

    private static GiftQuestion question(int line, String category, String text) {
        String title = "";
        if (text.startsWith("::")) {
            int end = indexOfUnescaped(text, "::", 2);
            if (end < 0) {
                throw new Unreadable("quizzes.gift.unclosedTitle");
            }
            title = unescape(text.substring(2, end)).strip();
            text = text.substring(end + 2).strip();
        }
        int open = indexOfUnescaped(text, "{", 0);
        int close = open < 0 ? -1 : indexOfUnescaped(text, "}", open + 1);
        if (open < 0 || close < 0) {
            throw new Unreadable("quizzes.gift.noAnswers");
        }
        String after = text.substring(close + 1).strip();
        String stem = text.substring(0, open).strip() + (after.isEmpty() ? "" : " _____ " + after);
        if (stem.isBlank()) {
            throw new Unreadable("quizzes.gift.noText");
        }
        String answers = text.substring(open + 1, close).strip();
        String explanation = "";
        int general = indexOfUnescaped(answers, "####", 0);
        if (general >= 0) {
            explanation = toHtml(answers.substring(general + 4).strip());
            answers = answers.substring(0, general).strip();
        }
        String stemHtml = toHtml(stem);
        if (answers.isEmpty()) {
            throw new Unreadable("quizzes.gift.unsupportedEssay");
        }
        if (answers.startsWith("#")) {
            throw new Unreadable("quizzes.gift.unsupportedNumerical");
        }
        List<String> trueFalse = splitUnescaped(answers, '#');
        String truth = trueFalse.get(0).strip().toUpperCase(Locale.ROOT);
        if (List.of("T", "TRUE", "F", "FALSE").contains(truth)) {
            return trueFalse(line, category, title, stemHtml, truth.startsWith("T"), trueFalse, explanation);
        }
        return choices(line, category, title, stemHtml, answers, explanation);
    }

    private static GiftQuestion trueFalse(
            int line,
            String category,
            String title,
            String stemHtml,
            boolean answerIsTrue,
            List<String> parts,
            String explanation) {
        if (parts.size() > 3) {
            throw new Unreadable("quizzes.gift.badTrueFalse");
        }
        String wrongFeedback = parts.size() > 1 ? toHtml(parts.get(1).strip()) : "";
        String rightFeedback = parts.size() > 2 ? toHtml(parts.get(2).strip()) : "";
        List<GiftQuestion.Choice> choices = List.of(
                new GiftQuestion.Choice(
                        TRUE_TEXT, answerIsTrue, answerIsTrue ? 100 : 0, answerIsTrue ? rightFeedback : wrongFeedback),
                new GiftQuestion.Choice(
                        FALSE_TEXT,
                        !answerIsTrue,
                        answerIsTrue ? 0 : 100,
                        answerIsTrue ? wrongFeedback : rightFeedback));
        return new GiftQuestion(line, category, title, QuestionType.TRUE_FALSE, stemHtml, choices, explanation);
    }

    private static GiftQuestion choices(
            int line, String category, String title, String stemHtml, String answers, String explanation) {
        if (!answers.startsWith("=") && !answers.startsWith("~")) {
            throw new Unreadable("quizzes.gift.badAnswers");
        }
        List<GiftQuestion.Choice> choices = new ArrayList<>();
        boolean weighted = false;
        boolean anyWrong = false;
        for (String answer : answersOf(answers)) {
            char sign = answer.charAt(0);
            String body = answer.substring(1).strip();
            if (indexOfUnescaped(body, "->", 0) >= 0) {
                throw new Unreadable("quizzes.gift.unsupportedMatching");
            }
            Integer weight = null;
            Matcher matcher = WEIGHT.matcher(body);
            if (matcher.find()) {
                weight = (int) Math.round(Double.parseDouble(matcher.group(1)));
                if (weight < -100 || weight > 100) {
                    throw new Unreadable("quizzes.gift.badWeight");
                }
                body = body.substring(matcher.end()).strip();
                weighted = true;
            }
            List<String> parts = splitUnescaped(body, '#');
            String choice = parts.get(0).strip();
            if (choice.isEmpty()) {
                throw new Unreadable("quizzes.gift.emptyAnswer");
            }
            String feedback = parts.size() > 1
                    ? toHtml(String.join("#", parts.subList(1, parts.size())).strip())
                    : "";
            int percent = weight != null ? weight : sign == '=' ? 100 : 0;
            anyWrong |= sign == '~';
            choices.add(new GiftQuestion.Choice(unescape(choice), percent > 0, percent, feedback));
        }
        long correct = choices.stream().filter(GiftQuestion.Choice::correct).count();
        if (!anyWrong) {
            throw new Unreadable("quizzes.gift.unsupportedShortAnswer");
        }
        if (choices.size() < 2 || correct == 0) {
            throw new Unreadable("quizzes.gift.noCorrectAnswer");
        }
        QuestionType type;
        if (weighted && correct > 1) {
            type = QuestionType.MULTIPLE_CHOICE;
        } else if (correct == 1) {
            type = QuestionType.SINGLE_CHOICE;
        } else {
            throw new Unreadable("quizzes.gift.severalRightNeedWeights");
        }
        return new GiftQuestion(line, category, title, type, stemHtml, List.copyOf(choices), explanation);
    }

    /** The answers of a choice block, each starting with its = or ~. */
    private static List<String> answersOf(String answers) {
        List<String> list = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                list.add(answers.substring(start, i).strip());
                start = i;
            }
        }
        list.add(answers.substring(start).strip());
        return list;
    }

    private static List<String> splitUnescaped(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int indexOfUnescaped(String text, String wanted, int from) {
        for (int i = from; i <= text.length() - wanted.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(wanted, i)) {
                return i;
            }
        }
        return -1;
    }

    /** GIFT text in one of its formats, as HTML: [html] stays HTML (sanitized later), other formats are escaped. */
    static String toHtml(String text) {
        Matcher format = FORMAT.matcher(text);
        String kind = "moodle";
        if (format.find()) {
            kind = format.group(1).toLowerCase(Locale.ROOT);
            text = text.substring(format.end());
        }
        String plain = unescape(text.strip());
        if (kind.equals("html")) {
            return plain;
        }
        return plain.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("\n", "<br>");
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }

    /** Why a block cannot be read; caught per block so that every error of a file is reported. */
    private static final class Unreadable extends RuntimeException {

        private final String key;

        Unreadable(String key) {
            super(key, null, false, false);
            this.key = key;
        }
    }
}
