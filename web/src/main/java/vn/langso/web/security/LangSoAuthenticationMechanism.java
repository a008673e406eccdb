package vn.langso.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.langso.accounts.boundary.Accounts;
import vn.langso.accounts.boundary.DeviceTokens;
import vn.langso.accounts.boundary.DeviceTokens.TokenHolder;

/**
 * One mechanism for the two kinds of caller. Pages: the sign-in form calls {@code SecurityContext.authenticate},
 * the session keeps the caller, and a protected page sends a signed-out visitor to the form. API: HTTP Basic, or the
 * field app's device token as a bearer, on each request, and 401 with a problem+json body when it is missing or
 * wrong.
 */
@ApplicationScoped
public class LangSoAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    Accounts accounts;

    @Inject
    DeviceTokens deviceTokens;

    private final RecentlyVerifiedCredentials recentlyVerified = new RecentlyVerifiedCredentials(Clock.systemUTC());

    private final SignInThrottle throttle = new SignInThrottle(Clock.systemUTC());

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!HttpHardening.admit(request, response)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return signInFromForm(request, context, submitted);
        }
        if (isApi(request)) {
            return authenticateApiCall(request, response, context);
        }
        return continueSession(request, response, context);
    }

    private AuthenticationStatus signInFromForm(
            HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = validateUnlessPaused(request, credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession();
        // A new session id at sign-in, so that an id planted before it is worth nothing after.
        request.changeSessionId();
        String username = result.getCallerPrincipal().getName();
        new SignedInCaller(username, result.getCallerGroups(), stampOf(username)).keepIn(session);
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus continueSession(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        Optional<SignedInCaller> caller = SignedInCaller.of(session);
        if (caller.isPresent() && (isResource(request) || stillValid(caller.get()))) {
            return context.notifyContainerAboutLogin(
                    caller.get().username(), caller.get().roles());
        }
        if (caller.isPresent()) {
            // Password, enabled flag or roles changed since sign-in: the session ends here.
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        SignInRedirect.remember(request);
        return context.redirect(request.getContextPath() + SignInRedirect.SIGN_IN_PAGE);
    }

    private boolean stillValid(SignedInCaller caller) {
        return caller.stamp().equals(stampOf(caller.username()));
    }

    private String stampOf(String username) {
        return accounts.securityStamp(username).orElse("");
    }

    private AuthenticationStatus authenticateApiCall(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<String> bearer = bearerToken(request);
        if (bearer.isPresent()) {
            Optional<TokenHolder> holder = deviceTokens.holder(bearer.get());
            if (holder.isEmpty()) {
                // No Basic challenge: a phone with a dead token signs in again in the app, not in a browser dialog.
                response.setHeader("WWW-Authenticate", "Bearer realm=\"LangSo\"");
                return context.responseUnauthorized();
            }
            return context.notifyContainerAboutLogin(
                    holder.get().username(),
                    holder.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
        }
        Optional<UsernamePasswordCredential> basic = basicCredential(request);
        if (basic.isPresent()) {
            UsernamePasswordCredential credential = basic.get();
            String username = credential.getCaller().trim();
            if (throttle.isPaused(request.getRemoteAddr(), username)) {
                return unauthorized(response, context);
            }
            Optional<Set<String>> recent =
                    recentlyVerified.rolesOf(username, credential.getPasswordAsString(), stampOf(username));
            if (recent.isPresent()) {
                return context.notifyContainerAboutLogin(username, recent.get());
            }
            CredentialValidationResult result = validateUnlessPaused(request, credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                recentlyVerified.remember(
                        username, credential.getPasswordAsString(), result.getCallerGroups(), stampOf(username));
                return context.notifyContainerAboutLogin(result);
            }
            recentlyVerified.forget(credential.getCaller());
            return unauthorized(response, context);
        }
        if (context.isProtected()) {
            return unauthorized(response, context);
        }
        return context.doNothing();
    }

    /**
     * A paused client address is refused without the password being looked at, so its guesses neither count nor
     * lengthen the account's lock; a refusal looks the same as any other.
     */
    private CredentialValidationResult validateUnlessPaused(HttpServletRequest request, Credential credential) {
        String client = request.getRemoteAddr();
        String username = credential instanceof UsernamePasswordCredential login ? login.getCaller() : "";
        if (throttle.isPaused(client, username)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.recordRightPassword(client, username);
        } else {
            throttle.recordWrongPassword(client, username);
        }
        return result;
    }

    /** The body comes from the 401 error page, {@link RefusalProblem}: problem+json, not HTML. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"LangSo\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    /** The field app's device token: {@code Authorization: Bearer …}. */
    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(
                    new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** Faces' scripts and styles: checking the stamp for each of them would only repeat the page's check. */
    private static boolean isResource(HttpServletRequest request) {
        return pathInApplication(request).startsWith("/jakarta.faces.resource/");
    }

    private static boolean isApi(HttpServletRequest request) {
        return pathInApplication(request).startsWith(API_PREFIX);
    }

    /**
     * The path the container serves, decoded and normalised (no {@code ./..}, {@code %2e}, {@code ;} parameters or
     * doubled slashes), never the raw request URI: {@code /jakarta.faces.resource/./../accounts/accounts.xhtml} is the
     * accounts page, and must be checked as one.
     */
    static String pathInApplication(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        return servletPath + pathInfo;
    }
}
