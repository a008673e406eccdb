package vn.langso.demo.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.langso.coverage.boundary.CoverageRecount;
import vn.langso.demo.control.DemoFieldHistory;
import vn.langso.kernel.LocalDates;

/**
 * The province demo's two years of field work ({@link DemoFieldHistory}), then the first count of coverage. In the
 * background, after the start-up, since it takes minutes; each statement commits on its own, since a transaction of
 * twenty million rows would outlast any timeout.
 */
@Stateless
public class DemoFieldWork {

    private static final Logger LOG = Logger.getLogger(DemoFieldWork.class.getName());

    @Resource(lookup = "java:jboss/datasources/LangSoDS")
    DataSource dataSource;

    @Inject
    CoverageRecount coverage;

    @Inject
    Clock clock;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void writeHistoryThenCount() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            long visits = DemoFieldHistory.load(connection, LocalDates.today(clock), LocalDateTime.now(clock));
            LOG.info(() -> String.format(
                    "Demo field history written in %d ms: %d visits of two years in the province",
                    (System.nanoTime() - started) / 1_000_000, visits));
        } catch (SQLException e) {
            throw new IllegalStateException("The demo field history could not be written", e);
        }
        coverage.countFirstTimeIfNeeded();
    }
}
