package vn.langso.notifications.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A notification's e-mail in Vietnamese, from {@code MailTexts.properties} beside this class: the same sentence the
 * page shows (the web bundle {@code notifications_vi}), which the web module's texts cannot lend to this one.
 */
public record MailText(String subject, String body) {

    static final String BUNDLE = "vn.langso.notifications.control.MailTexts";

    public static MailText of(String messageKey, List<String> args) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, MailText.class.getClassLoader());
        String sentence;
        try {
            sentence = new MessageFormat(texts.getString(messageKey), Locale.ROOT).format(args.toArray());
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No e-mail text for " + messageKey, e);
        }
        return new MailText(
                texts.getString("mail.subjectPrefix") + " " + sentence,
                sentence + "\n\n" + texts.getString("mail.footer"));
    }
}
