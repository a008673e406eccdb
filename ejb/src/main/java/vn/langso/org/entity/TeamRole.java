package vn.langso.org.entity;

/** A member's role in their team: tổ trưởng, tổ phó, tổ viên. */
public enum TeamRole {
    LEADER,
    DEPUTY,
    MEMBER
}
