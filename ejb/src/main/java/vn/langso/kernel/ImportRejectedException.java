package vn.langso.kernel;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** An import refused as a whole, with every error found in the file; nothing of the file is stored. */
@ApplicationException(rollback = true)
public class ImportRejectedException extends BusinessException {

    private final List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        super("imports.rejected", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }

    /** Unprocessable content: the request was read, but what it holds is refused. */
    @Override
    public int status() {
        return 422;
    }
}
