package vn.langso.org.boundary;

/** A team member as other components see it. */
public record MemberRef(long id, String name) {}
