package vn.langso.web.security;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * What the session remembers of a signed-in caller, to re-establish the identity on each request, with the
 * account's security stamp at sign-in: when the stamp changes (password, enabled flag, roles) the session ends.
 */
public record SignedInCaller(String username, Set<String> roles, String stamp) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedInCaller.class.getName();

    static Optional<SignedInCaller> of(HttpSession session) {
        Object caller = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return caller instanceof SignedInCaller signedIn ? Optional.of(signedIn) : Optional.empty();
    }

    void keepIn(HttpSession session) {
        session.setAttribute(SESSION_ATTRIBUTE, this);
    }

    /** After the caller changed their own password, the session goes on with the new stamp. */
    public static void restamp(HttpSession session, String stamp) {
        of(session).ifPresent(caller -> new SignedInCaller(caller.username(), caller.roles(), stamp).keepIn(session));
    }
}
