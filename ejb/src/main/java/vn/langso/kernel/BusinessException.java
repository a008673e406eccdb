package vn.langso.kernel;

import java.util.List;

/**
 * A request the business rules refuse. Pages show {@link #messageKey()} from the bundles in the user's language;
 * the API answers it as a problem+json body with {@link #status()}.
 */
public abstract class BusinessException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The HTTP status the API answers with. */
    public int status() {
        return 400;
    }
}
