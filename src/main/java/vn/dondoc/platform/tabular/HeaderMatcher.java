package vn.dondoc.platform.tabular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a file's header row to the declared columns by folded text (see {@link
 * VietnameseText#fold}), because users retype headers freely. Every header problem is collected so
 * the user sees them all at once.
 */
final class HeaderMatcher {

  private static final int MAX_QUOTED = 60;

  private final List<Column> columns;
  private final Map<String, Integer> columnByFoldedHeader = new HashMap<>();

  HeaderMatcher(List<Column> columns) {
    this.columns = List.copyOf(columns);
    if (this.columns.isEmpty()) {
      throw new IllegalArgumentException("At least one column is needed");
    }
    Map<String, Integer> keys = new HashMap<>();
    for (int c = 0; c < this.columns.size(); c++) {
      Column column = this.columns.get(c);
      if (keys.put(column.key(), c) != null) {
        throw new IllegalArgumentException("Column key declared twice: " + column.key());
      }
      for (String header : column.headers()) {
        Integer other = columnByFoldedHeader.put(VietnameseText.fold(header), c);
        if (other != null && other != c) {
          throw new IllegalArgumentException("Header \"" + header + "\" is accepted by both "
              + this.columns.get(other).key() + " and " + column.key());
        }
      }
    }
  }

  /** Trailing empty header cells are ignored: spreadsheets often export a few blank columns. */
  HeaderLayout match(List<String> rawHeaders) {
    List<String> headers = new ArrayList<>(rawHeaders.size());
    rawHeaders.forEach(h -> headers.add(Cells.clean(h)));
    while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
      headers.remove(headers.size() - 1);
    }

    int[] columnOfFileColumn = new int[headers.size()];
    int[] fileColumnOfColumn = new int[columns.size()];
    Arrays.fill(fileColumnOfColumn, -1);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      Integer c = header.isEmpty() ? null : columnByFoldedHeader.get(VietnameseText.fold(header));
      columnOfFileColumn[i] = c == null ? -1 : c;
      if (header.isEmpty()) {
        unknown.add("Cột " + (i + 1) + " không có tiêu đề");
      } else if (c == null) {
        unknown.add("Cột không xác định \"" + shorten(header) + "\" (cột " + (i + 1) + ")");
      } else if (fileColumnOfColumn[c] >= 0) {
        unknown.add("Cột \"" + columns.get(c).displayName() + "\" xuất hiện hai lần (cột "
            + (fileColumnOfColumn[c] + 1) + " và cột " + (i + 1) + ")");
      } else {
        fileColumnOfColumn[c] = i;
      }
    }

    ProblemList problems = new ProblemList();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).required() && fileColumnOfColumn[c] < 0) {
        problems.add("Thiếu cột bắt buộc \"" + columns.get(c).displayName() + "\"");
      }
    }
    unknown.forEach(problems::add);
    problems.throwIfAny();

    return layout(headers, columnOfFileColumn, fileColumnOfColumn);
  }

  /** A runaway header (a data file picked by mistake) must not turn into a megabyte message. */
  private static String shorten(String header) {
    return header.length() <= MAX_QUOTED ? header : header.substring(0, MAX_QUOTED) + "…";
  }

  /** Slots follow declared column order, so {@link Row#values()} iterates predictably. */
  private HeaderLayout layout(List<String> headers, int[] columnOfFileColumn, int[] fileColumnOfColumn) {
    int[] slotOfColumn = new int[columns.size()];
    List<String> presentKeys = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      slotOfColumn[c] = fileColumnOfColumn[c] < 0 ? -1 : presentKeys.size();
      if (fileColumnOfColumn[c] >= 0) {
        presentKeys.add(columns.get(c).key());
      }
    }
    int[] slotOfFileColumn = new int[columnOfFileColumn.length];
    for (int i = 0; i < columnOfFileColumn.length; i++) {
      slotOfFileColumn[i] = slotOfColumn[columnOfFileColumn[i]];
    }
    return new HeaderLayout(headers, slotOfFileColumn, new RowValues.Keys(presentKeys.toArray(String[]::new)));
  }
}
