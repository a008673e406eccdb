package vn.langso.platform.control;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the Flyway migrations while Hibernate builds the persistence unit, before it validates the schema.
 * The container boots the persistence unit ahead of every bean, so a {@code @Startup} bean would be too late:
 * Hibernate would validate an empty or outdated schema and the deployment would fail.
 */
public class MigrateBeforeValidation implements Integrator {

    static final String DATASOURCE = "java:jboss/datasources/LangSoDS";

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        new SchemaMigrator(lookupDataSource()).migrate();
    }

    @Override
    public void disintegrate(SessionFactoryImplementor factory, SessionFactoryServiceRegistry registry) {
        // Nothing to undo: the migrated schema stays.
    }

    private static DataSource lookupDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("LangSo cannot migrate its schema: no datasource " + DATASOURCE, e);
        }
    }
}
