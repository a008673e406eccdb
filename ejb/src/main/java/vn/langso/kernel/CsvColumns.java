package vn.langso.kernel;

import java.util.List;

/** The columns a CSV file of some kind may have, and which of them it must have; a header names them in any order. */
public interface CsvColumns {

    List<String> columns();

    boolean required(String column);
}
