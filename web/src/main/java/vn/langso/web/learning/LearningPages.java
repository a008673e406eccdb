package vn.langso.web.learning;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.primefaces.component.dataview.DataView;
import vn.langso.web.faces.Pages;

/** What the learning pages share: ids from the URL, the first page of a list, sizes people can read. */
final class LearningPages {

    private LearningPages() {}

    static Long id(String text) {
        return Pages.id(text);
    }

    static boolean isMember() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("MEMBER");
    }

    static void firstPage(String clientId) {
        UIComponent list = FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId);
        if (list instanceof DataView view) {
            view.setFirst(0);
        }
    }

    /** 1.5 MB, 320 KB: a phone's data plan is counted in these. */
    static String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        return String.format(Locale.ROOT, "%d KB", Math.max(1, (bytes + 1023) / 1024));
    }
}
