/**
 * Learning: members enrol in published courses, mark lessons done and complete them; courses are assigned to teams
 * or unit subtrees with a due date; reports count progress by team and unit within the caller's area. Progress is
 * kept by lesson key, so it survives a new revision of the course.
 */
package vn.langso.learning;
