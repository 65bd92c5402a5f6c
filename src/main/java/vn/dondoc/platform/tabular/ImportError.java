package vn.dondoc.platform.tabular;

/**
 * One problem of an import file, in Vietnamese.
 *
 * @param row the row as a person sees it in the file (header is row 1), or 0 for the file as a whole
 * @param column the column's header, or {@code null}
 */
public record ImportError(int row, String column, String message) {

  /** A problem of the whole file, such as its encoding or a missing column. */
  public static ImportError ofFile(String message) {
    return new ImportError(0, null, message);
  }

  public String describe() {
    String where = row > 0 ? "Dòng " + row + (column != null ? ", cột \"" + column + "\"" : "") + ": " : "";
    return where + message;
  }
}
