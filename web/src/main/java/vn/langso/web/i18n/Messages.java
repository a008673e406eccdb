package vn.langso.web.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Page messages from the bundle, in the language the page is shown in. */
public final class Messages {

    private Messages() {}

    /**
     * In the user's language, not the view root's: a view action runs before the page sets the view's locale, when the
     * root still has the browser's.
     */
    public static String text(String key, Object... arguments) {
        ResourceBundle bundle =
                Text.forLocale(CDI.current().select(Language.class).get().getLocale());
        return MessageFormat.format(bundle.getString(key), arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    public static void errorFor(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text(key, arguments), null));
        // Messages survive the redirect that follows most actions.
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
