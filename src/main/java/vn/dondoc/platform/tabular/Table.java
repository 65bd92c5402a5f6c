package vn.dondoc.platform.tabular;

import java.util.List;

/**
 * A file read as a table: the header texts as written in the file (trimmed, in file order) and the
 * non-empty data rows in file order.
 */
public record Table(List<String> headers, List<Row> rows) {

  public Table {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }
}
