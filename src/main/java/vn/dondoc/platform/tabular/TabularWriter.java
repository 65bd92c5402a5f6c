package vn.dondoc.platform.tabular;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables back out in the formats {@link TabularReader} reads: CSV in UTF-8 with a BOM (so
 * Excel shows Vietnamese correctly) and no cell a spreadsheet would run as a formula, and XLSX with
 * a bold, frozen, filterable header row.
 */
public final class TabularWriter {

  private static final int ROWS_IN_MEMORY = 200;
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private TabularWriter() {
  }

  public static byte[] csv(List<String> headers, List<List<String>> rows) {
    StringBuilder text = new StringBuilder("\uFEFF");
    line(text, headers);
    rows.forEach(row -> line(text, row));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] xlsx(String sheetName, List<String> headers, List<List<String>> rows) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SXSSFSheet sheet = workbook.createSheet(sheetName);
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      var header = sheet.createRow(0);
      for (int c = 0; c < headers.size(); c++) {
        var cell = header.createCell(c);
        cell.setCellValue(headers.get(c));
        cell.setCellStyle(bold);
        sheet.setColumnWidth(c, Math.min(60, Math.max(12, headers.get(c).length() + 4)) * 256);
      }
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r + 1);
        List<String> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          row.createCell(c).setCellValue(values.get(c));
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, headers.size() - 1));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(StringBuilder text, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      String value = defused(values.get(i) == null ? "" : values.get(i));
      if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
          || value.indexOf(';') >= 0) {
        text.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        text.append(value);
      }
    }
    text.append("\r\n");
  }

  /**
   * A spreadsheet opening the CSV would take a cell starting with = + - @ (or a tab or carriage
   * return before one) for a formula: such a cell gets a leading apostrophe and stays text. XLSX
   * cells are written as text and need none.
   */
  private static String defused(String value) {
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
