package vn.dondoc.platform.tabular;

import java.util.Arrays;
import java.util.List;

/**
 * How a file's header row maps onto the declared columns: for each file column the slot its value
 * goes to in a {@link RowValues}. Only built when every header was understood.
 */
final class HeaderLayout {

  private final List<String> headers;
  private final int[] slotOfFileColumn;
  private final RowValues.Keys keys;

  HeaderLayout(List<String> headers, int[] slotOfFileColumn, RowValues.Keys keys) {
    this.headers = List.copyOf(headers);
    this.slotOfFileColumn = slotOfFileColumn.clone();
    this.keys = keys;
  }

  List<String> headers() {
    return headers;
  }

  /** The number of columns the header declares; cells further right have no column. */
  int width() {
    return slotOfFileColumn.length;
  }

  int slotOf(int fileColumn) {
    return slotOfFileColumn[fileColumn];
  }

  /** A fresh value array for one row, every present column starting as an empty cell. */
  String[] emptyValues() {
    String[] values = new String[keys.size()];
    Arrays.fill(values, "");
    return values;
  }

  RowValues values(String[] values) {
    return new RowValues(keys, values);
  }
}
