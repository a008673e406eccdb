package vn.langso.courses.entity;

/** What a lesson is made of. */
public enum LessonKind {
    /** Sanitized rich text. */
    TEXT,
    /** An uploaded video played in the page, or a link to one. */
    VIDEO,
    /** A downloadable document: PDF, image or office file. */
    DOCUMENT,
    /** A page elsewhere on the web. */
    LINK,
    /** A quiz, set up on its own page; done when the learner passes it. */
    QUIZ
}
