package vn.langso.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * What every answer carries and every request must name, applied before anything else sees the request (the
 * authentication mechanism calls it first, so that its own redirects and 401s are covered too).
 *
 * <p>The Host header decides nothing unless it is one of this server's names: {@code LANGSO_PUBLIC_URL}'s host, those
 * listed in {@code LANGSO_HOSTS}, and the machine's own names and addresses (so that a phone on the same network can
 * try the demo by the laptop's address). Anything else is refused with 421 before a redirect, a certificate link or a
 * QR code could be built from it.
 *
 * <p>The content security policy allows scripts and styles only from this server. PrimeFaces writes its widgets'
 * set-up as inline scripts and handlers, hence {@code 'unsafe-inline'} for scripts; what the policy still stops is
 * loading or sending anything to another origin, plugins, a changed base URL, forms posting elsewhere and framing.
 */
final class HttpHardening {

    private static final Logger LOG = Logger.getLogger(HttpHardening.class.getName());

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' blob:",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private static volatile Set<String> allowedHosts;

    private HttpHardening() {}

    /**
     * Sets the security headers; answers false, having sent a 421 (its body is {@link RefusalProblem}), when the Host
     * is not one of this server's.
     */
    static boolean admit(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (isAllowedHost(request.getServerName())) {
            return true;
        }
        try {
            response.sendError(RefusalProblem.MISDIRECTED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    static boolean isAllowedHost(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        return allowedHosts().contains(normalize(host));
    }

    private static Set<String> allowedHosts() {
        Set<String> hosts = allowedHosts;
        if (hosts == null) {
            hosts = Collections.unmodifiableSet(findAllowedHosts());
            allowedHosts = hosts;
            LOG.info(() -> "Requests are served for the host names " + allowedHosts);
        }
        return hosts;
    }

    private static Set<String> findAllowedHosts() {
        Set<String> hosts = new HashSet<>(Set.of("localhost", "127.0.0.1", "::1"));
        setting("langso.public.url", "LANGSO_PUBLIC_URL")
                .map(url -> URI.create(url.trim()).getHost())
                .ifPresent(host -> hosts.add(normalize(host)));
        setting("langso.hosts", "LANGSO_HOSTS").ifPresent(list -> {
            for (String host : list.split(",")) {
                if (!host.isBlank()) {
                    hosts.add(normalize(host));
                }
            }
        });
        try {
            InetAddress local = InetAddress.getLocalHost();
            hosts.add(normalize(local.getHostName()));
            hosts.add(normalize(local.getCanonicalHostName()));
        } catch (IOException unknown) {
            LOG.fine("The machine's own name is unknown: " + unknown);
        }
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    hosts.add(normalize(address.getHostAddress()));
                }
            }
        } catch (SocketException unreadable) {
            LOG.warning("The machine's network addresses cannot be read: " + unreadable);
        }
        return hosts;
    }

    /** Lower case, without the brackets of an IPv6 literal or the zone of a link-local address. */
    private static String normalize(String host) {
        String name = host.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        int zone = name.indexOf('%');
        return zone < 0 ? name : name.substring(0, zone);
    }

    private static Optional<String> setting(String property, String variable) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(variable)))
                .filter(value -> !value.isBlank());
    }
}
