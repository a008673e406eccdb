package vn.langso.kernel;

import java.util.List;

/**
 * Why one cell, row or file of an import was refused: the line (the header is line 1), the column (none when the
 * whole row or file is at fault), and a message key of the {@code imports.*} texts with its arguments.
 */
public record ImportError(int line, String column, String messageKey, List<String> args) {

    public ImportError {
        args = List.copyOf(args);
    }
}
