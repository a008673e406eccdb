package vn.langso.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import vn.langso.platform.control.ApplicationVersion;
import vn.langso.scheduling.boundary.JobScheduler;

/** Whether this server can do its work: the database answers, the schema is migrated, the scheduler runs. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Health {

    private static final int DATABASE_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    @Inject
    JobScheduler scheduler;

    public HealthReport check() {
        boolean reachable = false;
        String schemaVersion = null;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(DATABASE_TIMEOUT_SECONDS);
            schemaVersion = schemaVersion(connection);
        } catch (SQLException e) {
            // Reported as unreachable: the health answer itself must not fail.
        }
        return new HealthReport(reachable, schemaVersion, scheduler.status(), ApplicationVersion.current());
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version from flyway_schema_history"
                        + " where success = 1 and version is not null order by installed_rank desc limit 1")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
