/**
 * Village sessions: gatherings in a hamlet or commune where trainers and team leaders teach residents a service. A
 * series holds the recurrence (an RFC 5545 rule expanded by lib-recur, in Vietnam's wall-clock time); its occurrences
 * are concrete rows for a rolling horizon, each cancelled or moved on its own. Units, teams and members are the
 * organisation's, pointed at by id and read through its boundary.
 */
package vn.langso.sessions;
