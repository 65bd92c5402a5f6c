package vn.dondoc.platform.tabular;

import java.util.List;

/** The two file formats people exchange tables in, for downloads: CSV (the default) and XLSX. */
public enum TabularFormat {
  CSV("csv", "text/csv; charset=UTF-8"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String extension;
  private final String mediaType;

  TabularFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** {@code xlsx} (any case) is XLSX; anything else is CSV. */
  public static TabularFormat of(String text) {
    return "xlsx".equalsIgnoreCase(text) ? XLSX : CSV;
  }

  public String mediaType() {
    return mediaType;
  }

  /** A file name with this format's extension: {@code fileName("mau-to-chuc")} is {@code mau-to-chuc.csv}. */
  public String fileName(String baseName) {
    return baseName + "." + extension;
  }

  public byte[] write(String sheetName, List<String> headers, List<List<String>> rows) {
    return this == XLSX ? TabularWriter.xlsx(sheetName, headers, rows) : TabularWriter.csv(headers, rows);
  }
}
