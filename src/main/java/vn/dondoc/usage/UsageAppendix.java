package vn.dondoc.usage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dondoc.organization.Organization;
import vn.dondoc.usage.UsageViews.OrganizationRates;
import vn.dondoc.usage.UsageViews.RatesView;

/**
 * The appendix (phụ lục) sent with the letter: every organisation of the subtree with its rolled-up
 * figures, each rate as a number a spreadsheet can sum and sort and as the letters write it, and
 * its band. One sheet: title, as-of footnote, bold header, one row per organisation.
 */
final class UsageAppendix {

  static final String SHEET = "Phu luc";
  static final int HEADER_ROW = 2;

  private UsageAppendix() {
  }

  static List<String> headers() {
    List<String> headers = new ArrayList<>(List.of("STT", "Mã tổ chức", "Tên tổ chức", "Đảng viên đang sinh hoạt",
        "Đã kích hoạt", "Đã truy cập", "Sử dụng thường xuyên"));
    for (Measure measure : Measure.values()) {
      headers.add(measure.label() + " (%)");
    }
    for (Measure measure : Measure.values()) {
      headers.add(measure.label());
    }
    headers.add("Xếp nhóm (theo tỷ lệ truy cập)");
    return headers;
  }

  static String title(Organization root) {
    return "PHỤ LỤC: KẾT QUẢ SỬ DỤNG ỨNG DỤNG SỔ TAY ĐẢNG VIÊN ĐIỆN TỬ – " + root.name().toUpperCase(Locale.ROOT);
  }

  static byte[] xlsx(Organization root, RatesView rates) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(SHEET);
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle twoDecimals = workbook.createCellStyle();
      twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue(title(root));
      title.getCell(0).setCellStyle(bold);
      sheet.createRow(1).createCell(0).setCellValue("(" + rates.footnote() + ")");
      List<String> headers = headers();
      Row header = sheet.createRow(HEADER_ROW);
      for (int c = 0; c < headers.size(); c++) {
        header.createCell(c).setCellValue(headers.get(c));
        header.getCell(c).setCellStyle(bold);
        sheet.setColumnWidth(c, Math.min(40, Math.max(8, headers.get(c).length() + 2)) * 256);
      }
      int r = HEADER_ROW;
      for (OrganizationRates organization : rates.organizations()) {
        Row row = sheet.createRow(++r);
        Figures figures = organization.figures();
        int c = 0;
        row.createCell(c++).setCellValue(r - HEADER_ROW);
        row.createCell(c++).setCellValue(organization.code());
        row.createCell(c++).setCellValue(organization.name());
        for (long count : new long[] {figures.inActivity(), figures.activated(), figures.accessed(), figures.regular()}) {
          row.createCell(c++).setCellValue(count);
        }
        for (Measure measure : Measure.values()) {
          BigDecimal percent = measure.of(figures).percent();
          var cell = row.createCell(c++);
          // No members in activity, no rate: the cell stays empty rather than a misleading 0.
          if (percent != null) {
            cell.setCellValue(percent.doubleValue());
            cell.setCellStyle(twoDecimals);
          }
        }
        for (Measure measure : Measure.values()) {
          row.createCell(c++).setCellValue(measure.of(figures).text());
        }
        row.createCell(c).setCellValue(organization.bandLabel());
      }
      sheet.createFreezePane(0, HEADER_ROW + 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
