package vn.langso.courses.entity;

/** What an uploaded file is for; each kind has its own size limit and accepted types. */
public enum FileKind {
    IMAGE,
    VIDEO,
    DOCUMENT
}
