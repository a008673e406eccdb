package vn.langso.accounts.boundary;

import jakarta.ejb.ApplicationException;
import vn.langso.kernel.BusinessException;

@ApplicationException(rollback = true)
public class PasswordRejectedException extends BusinessException {

    public PasswordRejectedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
