package vn.langso.learning.boundary;

/**
 * What an assignment would do, before it is made: how many members the target holds now, and how many of them are
 * already enrolled (they keep their progress and get the due date if they have none or a later one).
 */
public record AssignmentPreview(long members, long alreadyEnrolled) {

    public long newEnrolments() {
        return members - alreadyEnrolled;
    }
}
