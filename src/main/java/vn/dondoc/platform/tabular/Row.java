package vn.dondoc.platform.tabular;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One data row: its 1-based row number as a person sees it in Excel or a text editor (header is
 * row 1, first data row is 2), and values by column key. Values are trimmed and an empty cell is
 * {@code ""}. A declared optional column that the file does not have is absent from {@link
 * #values()} (so {@code values().containsKey(key)} tells "column missing" from "cell empty"), while
 * {@link #get(String)} answers {@code ""} for both.
 */
public record Row(int number, Map<String, String> values) {

  public Row {
    Objects.requireNonNull(values, "values");
    if (!(values instanceof RowValues)) {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /** The value of the column, {@code ""} when the cell is empty or the column is not in the file. */
  public String get(String key) {
    String value = values.get(key);
    return value == null ? "" : value;
  }
}
