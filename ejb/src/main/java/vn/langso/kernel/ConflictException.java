package vn.langso.kernel;

import jakarta.ejb.ApplicationException;

/** The request is understood but the record's present state refuses it (e.g. publishing an empty course). */
@ApplicationException(rollback = true)
public class ConflictException extends BusinessException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 409;
    }
}
