/**
 * Courses as trainers write them: a course with revisions, each revision with ordered sections and lessons, and the
 * files they use. Learners only ever see a published revision; a lesson keeps its key across revisions.
 */
package vn.langso.courses;
