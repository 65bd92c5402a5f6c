package vn.dondoc.platform.tabular;

import java.util.List;

/**
 * The cells of one row read as typed values, collecting what is wrong with each as an {@link
 * ImportError} naming the row and the column, so a file is checked whole before anything is saved.
 */
public final class RowCells {

  public static final String YES = "Có";
  public static final String NO = "Không";

  private final Row row;
  private final List<ImportError> errors;
  private boolean valid = true;

  public RowCells(Row row, List<ImportError> errors) {
    this.row = row;
    this.errors = errors;
  }

  public int number() {
    return row.number();
  }

  /** The cell's text, {@code ""} when it is empty or the column is not in the file. */
  public String text(Column column) {
    return row.get(column.key());
  }

  public String required(Column column) {
    String value = text(column);
    if (value.isEmpty()) {
      error(column, "Thiếu giá trị bắt buộc");
    }
    return value;
  }

  /** {@code Có}/{@code Không} as people write them (also x, 1, 0), with or without diacritics. */
  public boolean yesNo(Column column, boolean whenEmpty) {
    String text = text(column);
    // The usual spellings first: folding every cell of a 100.000-row file costs more than reading it.
    if (text.equals(YES)) {
      return true;
    }
    if (text.equals(NO)) {
      return false;
    }
    String value = VietnameseText.fold(text);
    if (value.isEmpty()) {
      return whenEmpty;
    }
    if (value.equals("co") || value.equals("x") || value.equals("1")) {
      return true;
    }
    if (value.equals("khong") || value.equals("0")) {
      return false;
    }
    error(column, "Giá trị \"" + text + "\" không hợp lệ: ghi \"" + YES + "\" hoặc \"" + NO + "\"");
    return whenEmpty;
  }

  /** A whole number of at least 0 (Excel's {@code 12.0} is read as 12); {@code -1} when empty or wrong. */
  public int count(Column column) {
    String value = text(column);
    if (value.isEmpty()) {
      return -1;
    }
    String digits = value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
    try {
      int number = Integer.parseInt(digits);
      if (number >= 0) {
        return number;
      }
      error(column, "Số \"" + value + "\" âm: phải từ 0 trở lên");
    } catch (NumberFormatException e) {
      error(column, "\"" + value + "\" không phải số nguyên");
    }
    return -1;
  }

  /** A required whole number of at least 0; {@code -1} when missing or wrong. */
  public int requiredCount(Column column) {
    return required(column).isEmpty() ? -1 : count(column);
  }

  public void error(Column column, String message) {
    valid = false;
    errors.add(new ImportError(row.number(), column.displayName(), message));
  }

  /** No error in this row so far. */
  public boolean valid() {
    return valid;
  }
}
