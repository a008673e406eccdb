package vn.langso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import vn.langso.it.TestDatabase;
import vn.langso.launcher.EmbeddedDatabase;
import vn.langso.platform.control.SchemaMigrator;

/** The migrations of db-migrations against a database of their own, outside the server. */
class MigrationsIT {

    @Test
    void migrationsApplyOnAnEmptyDatabaseAndAreANoOpTheSecondTime() throws Exception {
        EmbeddedDatabase database = TestDatabase.embedded();
        String name = "langso_migrations_" + System.nanoTime();
        database.createDatabase(name);
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setUrl(database.jdbcUrl(name));
        dataSource.setUser(database.user());
        dataSource.setPassword(database.password());

        MigrateResult first = new SchemaMigrator(dataSource).migrate();
        MigrateResult second = new SchemaMigrator(dataSource).migrate();

        assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(2);
        assertThat(second.migrationsExecuted).isZero();
        assertThat(second.targetSchemaVersion).isNull();
        assertThat(new SchemaMigrator(dataSource).currentVersion()).hasValue(first.targetSchemaVersion);
        try (Connection connection = dataSource.getConnection();
                ResultSet locks = connection.createStatement().executeQuery("select count(*) from QRTZ_LOCKS")) {
            locks.next();
            assertThat(locks.getInt(1)).isEqualTo(2);
        }
    }
}
