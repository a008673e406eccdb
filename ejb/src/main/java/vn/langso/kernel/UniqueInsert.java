package vn.langso.kernel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.hibernate.Session;

/**
 * An insert that a unique key may refuse, on the transaction's own connection: exactly-once writes let the key decide
 * instead of a look-up before the insert, which two racing requests would both pass. A refused insert is only that
 * statement undone (InnoDB), so the transaction goes on to read the row that won; through JPA the same refusal
 * would mark the whole transaction for rollback. The insert waits for a racing transaction holding the key to end.
 */
public final class UniqueInsert {

    /** MySQL's and MariaDB's error for a duplicate key (ER_DUP_ENTRY). */
    static final int DUPLICATE_KEY = 1062;

    private UniqueInsert() {}

    /** Whether a failure (of a JPA flush, say) is a unique key refusing a row, anywhere in its causes. */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }

    /** True when the row was inserted; false when a row with the same unique key is there already. */
    public static boolean insert(EntityManager em, String sql, Object... parameters) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (e.getErrorCode() == DUPLICATE_KEY) {
                    return false;
                }
                throw new PersistenceException(e);
            }
        });
    }
}
