package vn.langso.web.i18n;

/** The Vietnamese texts, by name, so that a JVM whose default language is English still finds them. */
public class Text_vi extends Text {

    public Text_vi() {
        super("vi");
    }
}
