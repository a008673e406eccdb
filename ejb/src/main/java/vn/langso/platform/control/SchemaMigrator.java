package vn.langso.platform.control;

import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database to the schema of the migrations in {@code db-migrations}, the schema's one source. */
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private final Flyway flyway;

    public SchemaMigrator(DataSource dataSource) {
        this.flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }

    public MigrateResult migrate() {
        try {
            MigrateResult result = flyway.migrate();
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                    + " migrations applied now)");
            return result;
        } catch (RuntimeException e) {
            LOG.severe(() -> "LangSo stops: the database migration failed: " + e.getMessage());
            throw e;
        }
    }

    public Optional<String> currentVersion() {
        return Optional.ofNullable(flyway.info().current())
                .map(MigrationInfo::getVersion)
                .map(Object::toString);
    }
}
