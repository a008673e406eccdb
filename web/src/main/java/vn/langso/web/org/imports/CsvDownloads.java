package vn.langso.web.org.imports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import vn.langso.kernel.NotFoundException;
import vn.langso.org.boundary.ExportFilter;
import vn.langso.org.control.CsvFormat;

/**
 * What the two doors to an export share, the page side ({@code /org/export/units.csv}, signed-in session) and
 * the API ({@code /api/v1/exports/units.csv}, HTTP Basic): the file names, the headers, the filter parameters
 * {@code unit} (a unit code: its subtree), {@code team} (an id), {@code active} and {@code q}.
 */
public final class CsvDownloads {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private CsvDownloads() {}

    /** The format of a requested file name, {@code units.csv}, with or without a leading slash. */
    public static Optional<CsvFormat> format(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.startsWith("/") ? fileName.substring(1) : fileName;
        return name.endsWith(".csv") ? CsvFormat.named(name.substring(0, name.length() - 4)) : Optional.empty();
    }

    /** {@code attachment; filename="langso-members-2026-01-15.csv"}. */
    public static String contentDisposition(CsvFormat format) {
        return "attachment; filename=\"langso-" + format.fileName() + "-" + LocalDate.now(VIETNAM) + ".csv\"";
    }

    /** The filter of a request's parameters; a team id that is not a number finds nothing. */
    public static ExportFilter filter(Function<String, String> parameter) {
        String team = parameter.apply("team");
        String active = parameter.apply("active");
        Long teamId = null;
        if (team != null && !team.isBlank()) {
            try {
                teamId = Long.valueOf(team.trim());
            } catch (NumberFormatException e) {
                throw new NotFoundException();
            }
        }
        return new ExportFilter(
                parameter.apply("unit"),
                teamId,
                active == null || active.isBlank() ? null : Boolean.valueOf(active.trim()),
                parameter.apply("q"));
    }

    /** Where the page side serves a file, for links on the pages. */
    public static String pagePath(CsvFormat format) {
        return ExportServlet.PATH + "/" + format.fileName() + ".csv";
    }
}
