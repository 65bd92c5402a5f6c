package vn.dondoc.platform.tabular;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** An import refused as a whole: nothing of it was saved. The API answers 400 with every error. */
public class ImportRejected extends RuntimeException {

  public static final String NO_ROWS = "Tệp không có dòng dữ liệu nào";

  private final transient List<ImportError> errors;

  /** Keeps the errors in row order (problems of the whole file first), however they were collected. */
  public ImportRejected(List<ImportError> errors) {
    super(describe(inRowOrder(errors)));
    this.errors = inRowOrder(errors);
  }

  /** The file could not be read as a table: its problems, none tied to a row. */
  public static ImportRejected of(TabularFormatException e) {
    return new ImportRejected(e.problems().stream().map(ImportError::ofFile).toList());
  }

  public static ImportRejected of(String problem) {
    return new ImportRejected(List.of(ImportError.ofFile(problem)));
  }

  public List<ImportError> errors() {
    return errors;
  }

  private static List<ImportError> inRowOrder(List<ImportError> errors) {
    return errors.stream().sorted(Comparator.comparingInt(ImportError::row)).toList();
  }

  private static String describe(List<ImportError> errors) {
    return "Tệp có " + errors.size() + " lỗi, chưa nhập gì:\n"
        + errors.stream().map(ImportError::describe).collect(Collectors.joining("\n"));
  }
}
