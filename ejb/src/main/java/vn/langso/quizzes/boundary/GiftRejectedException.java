package vn.langso.quizzes.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import vn.langso.kernel.BusinessException;
import vn.langso.quizzes.control.GiftError;

/** A GIFT file refused as a whole, with every line that could not be read; nothing of it was stored. */
@ApplicationException(rollback = true)
public class GiftRejectedException extends BusinessException {

    private final List<GiftError> errors;

    public GiftRejectedException(List<GiftError> errors) {
        super("quizzes.gift.rejected", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<GiftError> errors() {
        return errors;
    }

    /** Unprocessable content: the file was read, but what it holds is refused. */
    @Override
    public int status() {
        return 422;
    }
}
