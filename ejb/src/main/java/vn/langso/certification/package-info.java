/**
 * Skill certification: a member who meets a skill's rule (courses complete, quizzes passed) holds a certificate that
 * expires and is renewed, and that anyone can verify by its unguessable code.
 */
package vn.langso.certification;
