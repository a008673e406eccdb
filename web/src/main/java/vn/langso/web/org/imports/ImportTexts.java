package vn.langso.web.org.imports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.langso.kernel.ImportError;
import vn.langso.web.i18n.Text;

/** An import error as a sentence of the texts, in a language. */
public final class ImportTexts {

    private ImportTexts() {}

    public static String message(ImportError error, Locale locale) {
        ResourceBundle texts = Text.forLocale(locale);
        if (!texts.containsKey(error.messageKey())) {
            return error.messageKey();
        }
        return MessageFormat.format(
                texts.getString(error.messageKey()), error.args().toArray());
    }
}
