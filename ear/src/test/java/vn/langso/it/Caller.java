package vn.langso.it;

import java.util.Set;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * In-container tests call boundaries as a given account: the same identity the sign-in establishes, a user name
 * with its roles, so that role checks and area scope apply exactly as for a real caller.
 */
public final class Caller {

    private Caller() {}

    public static <T> T as(String username, Set<String> roles, Callable<T> call) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .createAdHocIdentity(username)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)));
        return identity.runAs(call);
    }

    public static void as(String username, Set<String> roles, ThrowingRunnable call) throws Exception {
        as(username, roles, () -> {
            call.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
