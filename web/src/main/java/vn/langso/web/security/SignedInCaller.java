package vn.langso.web.security;

import java.io.Serializable;
import java.util.Set;

/** What the session remembers of a signed-in caller, to re-establish the identity on each request. */
record SignedInCaller(String username, Set<String> roles) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedInCaller.class.getName();
}
