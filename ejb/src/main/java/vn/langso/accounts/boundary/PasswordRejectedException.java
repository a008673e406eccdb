package vn.langso.accounts.boundary;

import jakarta.ejb.ApplicationException;
import vn.langso.kernel.BusinessException;

/**
 * A password change refused. Not undone with the transaction: a wrong current password is counted toward the lockout
 * like a wrong password at sign-in, and that count must stay.
 */
@ApplicationException(rollback = false)
public class PasswordRejectedException extends BusinessException {

    public PasswordRejectedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
