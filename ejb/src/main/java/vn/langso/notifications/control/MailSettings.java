package vn.langso.notifications.control;

import java.util.Optional;

/**
 * Whether this server sends e-mail: only when {@code LANGSO_MAIL_HOST} (or the system property langso.mail.host)
 * is set. The mail session itself (host, port, sender) is WildFly's default session, configured from the same
 * variables by the server's set-up script.
 */
public final class MailSettings {

    public static final String SESSION = "java:jboss/mail/Default";

    private MailSettings() {}

    public static boolean configured() {
        return Optional.ofNullable(System.getProperty("langso.mail.host"))
                .or(() -> Optional.ofNullable(System.getenv("LANGSO_MAIL_HOST")))
                .filter(host -> !host.isBlank())
                .isPresent();
    }
}
