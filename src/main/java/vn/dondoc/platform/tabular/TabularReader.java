package vn.dondoc.platform.tabular;

import java.util.List;
import java.util.Locale;

/**
 * Reads an uploaded import file (CSV or XLSX) into a {@link Table} whose rows are keyed by the
 * caller's {@link Column}s, with Vietnamese messages for everything a user can get wrong. Immutable
 * and thread-safe: build one per import kind and reuse it.
 */
public final class TabularReader {

  /**
   * Largest accepted file, 20 MiB: well above a 130,000-row import (about 10 MiB of CSV), and low
   * enough that the file and its rows fit comfortably in memory alongside other requests.
   */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  private final HeaderMatcher matcher;

  /**
   * @throws IllegalArgumentException when no column is given, a key repeats, or two columns accept
   *     the same (folded) header, since the file could then not be mapped unambiguously
   */
  public TabularReader(List<Column> columns) {
    this.matcher = new HeaderMatcher(columns);
  }

  /**
   * fileName decides the format: .csv -> CSV, .xlsx -> XLSX (case-insensitive), anything else ->
   * {@link TabularFormatException}. The first non-empty record is the header; a header with no row
   * below gives a table without rows, so callers decide whether that is an error.
   *
   * @throws TabularFormatException with every problem found, each a Vietnamese sentence
   */
  public Table read(String fileName, byte[] content) {
    Format format = Format.of(fileName);
    if (content == null || content.length == 0) {
      throw TabularFormatException.of("Tệp rỗng");
    }
    if (content.length > MAX_BYTES) {
      throw TabularFormatException.of(String.format(Locale.forLanguageTag("vi-VN"),
          "Tệp quá lớn (%.1f MB). Chỉ nhận tệp tối đa %d MB.", content.length / 1048576.0, MAX_BYTES / 1048576));
    }
    TableBuilder builder = new TableBuilder(matcher);
    switch (format) {
      case CSV -> CsvParser.readAll(content, builder);
      case XLSX -> XlsxParser.readAll(content, builder);
    }
    return builder.finish();
  }

  private enum Format {
    CSV, XLSX;

    static Format of(String fileName) {
      String name = fileName == null ? "" : fileName.trim().toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        return CSV;
      }
      if (name.endsWith(".xlsx")) {
        return XLSX;
      }
      throw TabularFormatException.of("Định dạng tệp không hỗ trợ: \"" + (fileName == null ? "" : fileName)
          + "\". Chỉ nhận .csv hoặc .xlsx");
    }
  }
}
