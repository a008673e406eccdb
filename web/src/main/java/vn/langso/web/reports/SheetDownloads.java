package vn.langso.web.reports;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.langso.kernel.NotFoundException;
import vn.langso.kernel.Sheet;
import vn.langso.kernel.SheetFormat;
import vn.langso.web.i18n.Text;

/**
 * What every door to a report's download shares, a page's link (signed-in session) and the API (HTTP Basic): the
 * file's headers, the workbook in the reader's language, and the {@code unit} parameter (a unit id: its subtree).
 */
public final class SheetDownloads {

    private SheetDownloads() {}

    /** A unit parameter that is not a number finds nothing. */
    public static Long unit(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    public static void send(Sheet sheet, SheetFormat format, Locale locale, HttpServletResponse response)
            throws IOException {
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", format.contentDisposition(sheet));
        response.setHeader("Cache-Control", "no-store");
        ResourceBundle text = Text.forLocale(locale);
        format.write(sheet, text::getString, response.getOutputStream());
    }

    public static Response response(Sheet sheet, SheetFormat format, Locale locale) {
        ResourceBundle text = Text.forLocale(locale);
        StreamingOutput body = output -> format.write(sheet, text::getString, output);
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", format.contentDisposition(sheet))
                .header("Cache-Control", "no-store")
                .build();
    }
}
