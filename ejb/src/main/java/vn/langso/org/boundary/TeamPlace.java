package vn.langso.org.boundary;

/** A team and the unit it works in, as other components see it. */
public record TeamPlace(long teamId, String teamName, long unitId, String unitName, String unitPath) {}
