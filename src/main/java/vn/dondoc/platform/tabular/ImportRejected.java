package vn.dondoc.platform.tabular;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** An import refused as a whole: nothing of it was saved. The API answers 400 with every error. */
public class ImportRejected extends RuntimeException {

  public static final String NO_ROWS = "Tệp không có dòng dữ liệu nào";

  private final transient List<ImportError> errors;

  /**
   * Keeps the errors in row order (problems of the whole file first), however they were collected;
   * the first {@value ProblemList#MAX_LISTED} of them.
   */
  public ImportRejected(List<ImportError> errors) {
    this(errors.size(), inRowOrder(errors));
  }

  private ImportRejected(int total, List<ImportError> listed) {
    super("Tệp có " + total + " lỗi, chưa nhập gì:\n"
        + listed.stream().map(ImportError::describe).collect(Collectors.joining("\n")));
    this.errors = listed;
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

  /**
   * Sorted, and capped like {@link ProblemList}: a systematically broken file of 100.000 rows would
   * otherwise give an answer nobody can read (or send over HTTP).
   */
  private static List<ImportError> inRowOrder(List<ImportError> errors) {
    List<ImportError> sorted = errors.stream().sorted(Comparator.comparingInt(ImportError::row)).toList();
    if (sorted.size() <= ProblemList.MAX_LISTED) {
      return sorted;
    }
    List<ImportError> listed = new ArrayList<>(sorted.subList(0, ProblemList.MAX_LISTED));
    listed.add(ImportError.ofFile("Và " + (sorted.size() - ProblemList.MAX_LISTED) + " lỗi khác chưa liệt kê."));
    return listed;
  }
}
