package vn.langso.org.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import vn.langso.kernel.CsvFormatException;
import vn.langso.kernel.CsvReader;
import vn.langso.kernel.CsvTable;
import vn.langso.kernel.ImportError;
import vn.langso.kernel.ImportRejectedException;
import vn.langso.org.control.CsvFormat;
import vn.langso.org.control.CsvMemberImport;
import vn.langso.org.control.CsvTeamImport;
import vn.langso.org.control.CsvUnitImport;

/**
 * An admin's CSV import of units, teams or members: all or nothing. Every row is checked first; one wrong row
 * refuses the whole file with every error listed, and a file that passes is stored in one transaction. Rows are
 * matched to stored records (units by code, teams by unit and name, members by phone), so importing a file again
 * changes nothing.
 */
@Stateless
@RolesAllowed("ADMIN")
public class OrganizationImport {

    public static final int MAXIMUM_BYTES = 10 * 1024 * 1024;

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Logger LOG = Logger.getLogger(OrganizationImport.class.getName());

    @Inject
    Clock clock;

    @Inject
    CsvUnitImport units;

    @Inject
    CsvTeamImport teams;

    @Inject
    CsvMemberImport members;

    public ImportReport importCsv(CsvFormat format, byte[] content) {
        long started = System.nanoTime();
        if (content.length > MAXIMUM_BYTES) {
            throw refused(new ImportError(0, null, "imports.csv.tooLarge", List.of()));
        }
        CsvTable table;
        try {
            table = CsvTable.read(CsvReader.decode(content), format);
        } catch (CsvFormatException e) {
            throw refused(new ImportError(e.line(), null, e.messageKey(), List.of()));
        }
        // Memberships start on the day people in Vietnam see on their calendars; a founding date may be no later
        // than that, nor than the server's own day, which Bean Validation's @PastOrPresent checks.
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        LocalDate serverToday = LocalDate.now(clock.withZone(ZoneId.systemDefault()));
        ImportReport report =
                switch (format) {
                    case UNITS -> units.run(table);
                    case TEAMS -> teams.run(table, today.isBefore(serverToday) ? today : serverToday);
                    case MEMBERS -> members.run(table, today);
                };
        LOG.info(() -> String.format(
                "Imported %s: %d rows, %d created, %d updated, %d unchanged, in %d ms",
                format.fileName(),
                report.rows(),
                report.created(),
                report.updated(),
                report.unchanged(),
                (System.nanoTime() - started) / 1_000_000));
        return report;
    }

    private static ImportRejectedException refused(ImportError error) {
        return new ImportRejectedException(List.of(error));
    }
}
