package vn.langso.web.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import vn.langso.kernel.LocalDates;
import vn.langso.kernel.NotFoundException;
import vn.langso.learning.boundary.CourseReports;
import vn.langso.learning.boundary.ReportSheetLabels;
import vn.langso.web.i18n.Text;

/**
 * What the two doors to a report export share, the pages' ({@code /reports/export/courses/7/teams.xlsx}, signed-in
 * session) and the API's ({@code /api/v1/reports/courses/7/teams.xlsx}, HTTP Basic): the formats, their content
 * types and file names, and the optional {@code unit} parameter (a unit id: its subtree).
 */
public enum ReportDownloads {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ReportDownloads(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public static Optional<ReportDownloads> named(String extension) {
        for (ReportDownloads format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public String contentType() {
        return contentType;
    }

    /** {@code attachment; filename="langso-course-7-teams-2026-01-15.xlsx"}. */
    public String contentDisposition(long courseId) {
        return "attachment; filename=\"langso-course-" + courseId + "-teams-" + LocalDates.today(Clock.systemUTC())
                + "." + extension + "\"";
    }

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

    /** The workbook speaks the reader's language; the CSV header stays snake_case for the tools that read it. */
    public void write(CourseReports reports, long courseId, Long unitId, Locale locale, OutputStream output)
            throws IOException {
        if (this == XLSX) {
            reports.exportXlsx(courseId, unitId, labels(locale), output);
        } else {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            reports.exportCsv(courseId, unitId, out);
            out.flush();
        }
    }

    static ReportSheetLabels labels(Locale locale) {
        ResourceBundle text = Text.forLocale(locale);
        return new ReportSheetLabels(
                text.getString("reports.sheet.name"),
                List.of(
                                "reports.sheet.unitCode",
                                "reports.unit",
                                "reports.team",
                                "reports.members",
                                "reports.enrolled",
                                "reports.notStarted",
                                "reports.inProgress",
                                "reports.completed",
                                "reports.overdue")
                        .stream()
                        .map(text::getString)
                        .toList());
    }
}
