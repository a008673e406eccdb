package vn.langso.kernel;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;

/**
 * Whether a failed transaction lost a race for a lock (InnoDB's deadlock victim, a lock wait timeout, an optimistic
 * version clash) and can simply be run again: the database undid it whole, so a retry changes nothing twice.
 */
public final class LockConflicts {

    /** Deadlock (1213) and lock wait timeout (1205), MySQL's and MariaDB's codes; SQLSTATE 40001 is a serialization failure. */
    static final int DEADLOCK = 1213;

    static final int LOCK_WAIT_TIMEOUT = 1205;

    private LockConflicts() {}

    public static boolean isRetryable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK
                            || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                            || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
