package vn.langso.kernel;

import jakarta.ejb.ApplicationException;

/** Input the business rules refuse, naming the field at fault when there is one. */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    private final String field;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
