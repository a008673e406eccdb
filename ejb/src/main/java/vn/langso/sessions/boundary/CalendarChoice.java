package vn.langso.sessions.boundary;

/** A unit, team or facilitator the calendar can be narrowed to, as a search box offers it. */
public record CalendarChoice(Kind kind, long id, String label) {

    public enum Kind {
        UNIT,
        TEAM,
        FACILITATOR
    }

    public CalendarFilter filter() {
        return switch (kind) {
            case UNIT -> new CalendarFilter(id, null, null);
            case TEAM -> new CalendarFilter(null, id, null);
            case FACILITATOR -> new CalendarFilter(null, null, id);
        };
    }
}
