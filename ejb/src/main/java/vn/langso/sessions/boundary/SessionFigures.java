package vn.langso.sessions.boundary;

/**
 * What the sessions of a place or a facilitator came to in a period.
 *
 * @param held sessions not cancelled that have begun
 * @param people everyone who came, residents and team members, session by session
 * @param households different households that came, each once however many sessions it came to
 */
public record SessionFigures(long held, long cancelled, long people, long households) {

    public static final SessionFigures NONE = new SessionFigures(0, 0, 0, 0);
}
