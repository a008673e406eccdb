/**
 * Quizzes: question banks per course (with GIFT import and export), quizzes inside course sections, timed attempts
 * whose questions are fixed when they start and which are graded on the server.
 */
package vn.langso.quizzes;
