package vn.langso.quizzes.boundary;

/** The quiz a list is about, and its counts over every attempt: attempts, members who tried, members who passed. */
public record QuizAttemptListSummary(
        long courseId,
        String courseTitle,
        String lessonKey,
        String lessonTitle,
        long attempts,
        long members,
        long passedMembers) {}
