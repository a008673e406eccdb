package vn.langso.web.i18n;

/** The English texts; see {@link Text}. */
public class Text_en extends Text {

    public Text_en() {
        super("en");
    }
}
