package vn.langso.kernel;

import jakarta.ejb.ApplicationException;

/** No such record, or none the caller may see: both answer the same, so a scope leaks nothing. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    public NotFoundException() {
        super("error.notFound");
    }

    @Override
    public int status() {
        return 404;
    }
}
