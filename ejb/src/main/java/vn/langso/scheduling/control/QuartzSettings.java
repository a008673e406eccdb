package vn.langso.scheduling.control;

import java.util.Properties;

/** Quartz's configuration: the clustered JDBC job store in LangSo's own database. */
public final class QuartzSettings {

    public static final String SCHEDULER_NAME = "LangSoScheduler";

    private QuartzSettings() {}

    public static Properties clusteredJdbcStore() {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", "4");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        // Job threads must see the application's classes and CDI container.
        p.setProperty("org.quartz.threadPool.threadsInheritContextClassLoaderOfInitializingThread", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreCMT");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "15000");
        // Quartz's tracker reports deadlocks on MySQL/MariaDB when many triggers fire at once without this.
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.jobStore.dataSource", "managed");
        p.setProperty("org.quartz.jobStore.nonManagedTXDataSource", "nonManaged");
        p.setProperty("org.quartz.dataSource.managed.jndiURL", "java:jboss/datasources/LangSoDS");
        p.setProperty("org.quartz.dataSource.nonManaged.jndiURL", "java:jboss/datasources/QuartzDS");
        return p;
    }
}
