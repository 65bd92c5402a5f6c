package vn.dondoc.platform.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx file with POI's streaming (SAX) API rather than {@code
 * XSSFWorkbook}: a workbook object model takes many times the file size in memory, which a few
 * concurrent uploads of a large sheet would turn into an outage. POI's zip-bomb limits ({@code
 * ZipSecureFile}) stay at their defaults. Formulas are read by the value Excel cached when it last
 * saved the file.
 */
final class XlsxParser {

  /** Excel's last column is XFD; a reference further right can only come from a forged file. */
  private static final int MAX_COLUMNS = 16_384;

  private XlsxParser() {}

  static void readAll(byte[] content, Consumer<RawRecord> sink) {
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(content));
      XSSFReader reader = new XSSFReader(pkg);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return;
      }
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
          new ReadOnlySharedStringsTable(pkg, false), new RecordCollector(sink), new ExcelValueFormatter(), false));
      try (InputStream sheet = sheets.next()) {
        xml.parse(new InputSource(sheet));
      }
    } catch (TabularFormatException e) {
      throw e;
    } catch (OLE2NotOfficeXmlFileException e) {
      throw new TabularFormatException(List.of("Tệp là định dạng Excel 97-2003 (.xls) hoặc có đặt mật khẩu. "
          + "Hãy mở bằng Excel, bỏ mật khẩu nếu có và lưu lại dưới dạng .xlsx."), e);
    } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
      if (e instanceof SAXException sax && sax.getException() instanceof TabularFormatException cause) {
        throw cause;
      }
      throw new TabularFormatException(List.of("Không đọc được tệp Excel: tệp bị hỏng hoặc không phải "
          + "định dạng .xlsx. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx."), e);
    } finally {
      if (pkg != null) {
        pkg.revert();
      }
    }
  }

  /** Rebuilds each row's cells from POI's sparse callbacks, filling skipped cells with "". */
  private static final class RecordCollector implements SheetContentsHandler {

    private final Consumer<RawRecord> sink;
    private List<String> cells = new ArrayList<>();
    private boolean hasText;

    RecordCollector(Consumer<RawRecord> sink) {
      this.sink = sink;
    }

    @Override
    public void startRow(int rowNum) {
      cells = new ArrayList<>();
      hasText = false;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? -1 : columnOf(reference);
      if (column < 0) {
        column = cells.size();
      }
      while (cells.size() < column) {
        cells.add("");
      }
      String text = value == null ? "" : value;
      if (column < cells.size()) {
        cells.set(column, text);
      } else {
        cells.add(text);
      }
      hasText |= !Cells.isBlank(text);
    }

    @Override
    public void endRow(int rowNum) {
      if (hasText) {
        sink.accept(new RawRecord(rowNum + 1, cells));
      }
    }

    /** The zero-based column of an A1-style reference such as "AB12", -1 when it has no letters. */
    private static int columnOf(String reference) {
      int column = 0;
      for (int i = 0; i < reference.length(); i++) {
        char c = Character.toUpperCase(reference.charAt(i));
        if (c < 'A' || c > 'Z') {
          break;
        }
        column = column * 26 + (c - 'A' + 1);
        if (column > MAX_COLUMNS) {
          throw new IllegalArgumentException("Cell reference beyond the last Excel column: " + reference);
        }
      }
      return column - 1;
    }
  }
}
