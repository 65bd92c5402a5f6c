package vn.dondoc.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularReaderTest {

  private static final List<Column> COLUMNS = List.of(
      Column.required("code", "Mã", "Mã đơn vị"),
      Column.required("name", "Tên"),
      Column.optional("parent", "Mã cấp trên"),
      Column.optional("note", "Ghi chú"));

  private final TabularReader reader = new TabularReader(COLUMNS);

  // ---------------------------------------------------------------- CSV: encoding and delimiters

  @Test
  void csvWithBomAndSemicolonsSkipsTheBomSoAQuotedFirstHeaderStillMatches() {
    byte[] content = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        utf8("\"Mã\";Tên;Mã cấp trên\nHN;Hà Nội;\nDN;Đà Nẵng;HN\n"));

    Table table = reader.read("don-vi.csv", content);

    assertThat(table.headers()).containsExactly("Mã", "Tên", "Mã cấp trên");
    assertThat(table.rows()).extracting(Row::number).containsExactly(2, 3);
    assertThat(table.rows().get(0).values()).containsExactly(
        Map.entry("code", "HN"), Map.entry("name", "Hà Nội"), Map.entry("parent", ""));
    assertThat(table.rows().get(1).get("parent")).isEqualTo("HN");
  }

  @Test
  void csvWithoutBomWithCommasAndCrlf() {
    Table table = reader.read("DON-VI.CSV", utf8("Mã,Tên\r\nHN,Hà Nội\r\nDN,Đà Nẵng\r\n"));

    assertThat(table.rows()).extracting(Row::number).containsExactly(2, 3);
    assertThat(table.rows()).extracting(r -> r.get("name")).containsExactly("Hà Nội", "Đà Nẵng");
  }

  @Test
  void delimiterIsTheOneOccurringMoreOutsideQuotes() {
    TabularReader odd = new TabularReader(List.of(Column.required("a", "A;B;C"), Column.required("d", "D")));

    Table table = odd.read("x.csv", utf8("\"A;B;C\",D\n\"1;2;3\",4\n"));

    assertThat(table.rows().get(0).values()).containsExactly(Map.entry("a", "1;2;3"), Map.entry("d", "4"));

    TabularReader tie = new TabularReader(List.of(Column.required("a", "A,B"), Column.required("c", "C")));
    assertThat(tie.read("x.csv", utf8("A,B;C\n1,5;2\n")).rows().get(0).values())
        .as("a tie goes to ';', the separator of Vietnamese-locale Excel")
        .containsExactly(Map.entry("a", "1,5"), Map.entry("c", "2"));
  }

  @Test
  void quotedDelimiterAndEscapedQuoteStayInsideTheValue() {
    Table table = reader.read("x.csv", utf8("Mã;Tên\nHN;\"Hà Nội; thủ đô \"\"ngàn năm\"\"\"\n"));

    assertThat(table.rows().get(0).get("name")).isEqualTo("Hà Nội; thủ đô \"ngàn năm\"");
  }

  @Test
  void quotedLineBreakContinuesTheRowAndLaterRowsKeepTheirPhysicalLineNumbers() {
    String csv = "Mã;Tên;Ghi chú\r\n"
        + "A;\"Dòng một\r\nDòng hai\nDòng ba\";x\r\n"
        + "B;Bình;y\r\n"
        + "\r\n"
        + "C;Cường;\"z\"\r\n";

    Table table = reader.read("x.csv", utf8(csv));

    assertThat(table.rows()).extracting(Row::number).containsExactly(2, 5, 7);
    assertThat(table.rows().get(0).get("name")).isEqualTo("Dòng một\nDòng hai\nDòng ba");
    assertThat(table.rows().get(0).get("note")).isEqualTo("x");
    assertThat(table.rows().get(2).get("note")).isEqualTo("z");
  }

  @Test
  void blankLinesAreSkippedButCounted() {
    String csv = "\n\nMã;Tên\n\nHN;Hà Nội\n   \n;;\nDN;Đà Nẵng";

    Table table = reader.read("x.csv", utf8(csv));

    assertThat(table.headers()).containsExactly("Mã", "Tên");
    assertThat(table.rows()).extracting(Row::number).containsExactly(5, 8);
    assertThat(table.rows()).extracting(r -> r.get("code")).containsExactly("HN", "DN");
  }

  @Test
  void windows1258BytesAreRejectedNamingTheFirstBadLine() {
    byte[] content = concat(utf8("Ma;Ten\nHN;Ha Noi\n"), "DN;Đà Nẵng\n".getBytes(Charset.forName("windows-1258")));

    assertThat(problems("x.csv", content))
        .containsExactly("Tệp không phải mã UTF-8 (lỗi ở dòng 3). Hãy lưu lại tệp CSV với mã UTF-8.");
  }

  @Test
  void windows1252BytesAreRejectedCountingLinesInsideQuotesAndCrlf() {
    byte[] content = "Ma;Ten\r\nA;\"x\r\ny\"\r\nB;Café\r\n".getBytes(Charset.forName("windows-1252"));

    assertThat(problems("x.csv", content))
        .containsExactly("Tệp không phải mã UTF-8 (lỗi ở dòng 4). Hãy lưu lại tệp CSV với mã UTF-8.");
  }

  @Test
  void aTruncatedUtf8SequenceAtTheEndIsRejectedToo() {
    byte[] content = concat(utf8("Mã;Tên\nHN;Hà Nội\nDN;N"), new byte[] {(byte) 0xE1, (byte) 0xBA});

    assertThat(problems("x.csv", content)).singleElement().asString().contains("lỗi ở dòng 3");
  }

  @Test
  void unclosedQuoteIsReportedWithItsLine() {
    assertThat(problems("x.csv", utf8("Mã;Tên\nA;a\nB;\"b\nC;c\n")))
        .containsExactly("Dấu ngoặc kép (\") mở ở dòng 3 không được đóng. Hãy kiểm tra lại ô chứa dấu ngoặc kép.");
  }

  @Test
  void valuesAreTrimmedIncludingNonBreakingSpaces() {
    Table table = reader.read("x.csv", utf8("Mã;Tên\n  HN \u00A0;\t\uFEFF Hà Nội \n"));

    assertThat(table.rows().get(0).values()).containsExactly(Map.entry("code", "HN"), Map.entry("name", "Hà Nội"));
  }

  // ---------------------------------------------------------------- headers

  @Test
  void headersMatchIgnoringCaseDiacriticsDAndSpaces() {
    Table table = reader.read("x.csv", utf8(" ma  DON   vị ;TÊN;mã CẤP trên;GHI CHU\nHN;Hà Nội;TW;\n"));

    assertThat(table.headers()).containsExactly("ma  DON   vị", "TÊN", "mã CẤP trên", "GHI CHU");
    assertThat(table.rows().get(0).values()).containsExactly(
        Map.entry("code", "HN"), Map.entry("name", "Hà Nội"), Map.entry("parent", "TW"), Map.entry("note", ""));
  }

  @Test
  void missingUnknownAndDuplicateColumnsAreReportedTogether() {
    assertThat(problems("x.csv", utf8("Ghi chú;Mã;Xyz;mã đơn vị\nA;B;C;D\n"))).containsExactly(
        "Thiếu cột bắt buộc \"Tên\"",
        "Cột không xác định \"Xyz\" (cột 3)",
        "Cột \"Mã\" xuất hiện hai lần (cột 2 và cột 4)");
  }

  @Test
  void anEmptyHeaderBetweenColumnsIsAProblemButTrailingEmptyHeadersAreNot() {
    assertThat(problems("x.csv", utf8("Mã;;Tên\n"))).containsExactly("Cột 2 không có tiêu đề");
    assertThat(reader.read("x.csv", utf8("Mã;Tên;;\nA;a;;\n")).headers()).containsExactly("Mã", "Tên");
  }

  @Test
  void anAbsentOptionalColumnIsAbsentFromValuesWhileAnEmptyCellIsEmpty() {
    Row row = reader.read("x.csv", utf8("Mã;Tên;Ghi chú\nHN;Hà Nội\n")).rows().get(0);

    assertThat(row.values()).containsOnlyKeys("code", "name", "note");
    assertThat(row.values()).doesNotContainKey("parent");
    assertThat(row.get("parent")).isEmpty();
    assertThat(row.values().get("note")).isEmpty();
    assertThat(row).isEqualTo(new Row(2, Map.of("code", "HN", "name", "Hà Nội", "note", "")));
  }

  @Test
  void headerOnlyGivesATableWithoutRows() {
    Table table = reader.read("x.csv", utf8("Mã;Tên\n"));

    assertThat(table.headers()).containsExactly("Mã", "Tên");
    assertThat(table.rows()).isEmpty();
  }

  @Test
  void emptyFilesAreRejected() {
    assertThat(problems("x.csv", new byte[0])).containsExactly("Tệp rỗng");
    assertThat(problems("x.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).containsExactly("Tệp rỗng");
    assertThat(problems("x.csv", utf8("\n  \r\n;;\n"))).containsExactly("Tệp rỗng");
    assertThat(problems("x.xlsx", xlsx(sheet -> { }))).containsExactly("Tệp rỗng");
  }

  @Test
  void rowsWithMoreNonEmptyCellsThanHeadersAreAllReportedAfterReading() {
    String csv = "Mã;Tên\nA;a\nB;b;thừa\nC;c;;\n\n\nD;d;;x\n";

    assertThat(problems("x.csv", utf8(csv)))
        .containsExactly("Dòng 3 có nhiều ô hơn tiêu đề", "Dòng 7 có nhiều ô hơn tiêu đề");
  }

  @Test
  void rowProblemsAreCappedSoTheMessageStaysReadable() {
    StringBuilder csv = new StringBuilder("Mã;Tên\n");
    for (int i = 0; i < 150; i++) {
      csv.append("A;a;thừa\n");
    }

    List<String> problems = problems("x.csv", utf8(csv.toString()));

    assertThat(problems).hasSize(101).startsWith("Dòng 2 có nhiều ô hơn tiêu đề");
    assertThat(problems.get(100)).isEqualTo("Và 50 lỗi khác chưa liệt kê.");
  }

  // ---------------------------------------------------------------- file kinds and limits

  @Test
  void unsupportedExtensionsAreRejected() {
    assertThat(problems("danh-sach.xls", utf8("Mã;Tên\n")))
        .containsExactly("Định dạng tệp không hỗ trợ: \"danh-sach.xls\". Chỉ nhận .csv hoặc .xlsx");
    assertThat(problems("csv", utf8("Mã;Tên\n"))).singleElement().asString().startsWith("Định dạng tệp không hỗ trợ");
    assertThat(problems(null, utf8("Mã;Tên\n"))).singleElement().asString().startsWith("Định dạng tệp không hỗ trợ");
  }

  @Test
  void filesOverTheLimitAreRejectedBeforeParsing() {
    byte[] tooBig = new byte[TabularReader.MAX_BYTES + 1];

    assertThat(TabularReader.MAX_BYTES).isEqualTo(20 * 1024 * 1024);
    assertThat(problems("x.csv", tooBig)).containsExactly("Tệp quá lớn (20,0 MB). Chỉ nhận tệp tối đa 20 MB.");
  }

  @Test
  void ambiguousColumnDeclarationsAreAProgrammingError() {
    assertThatThrownBy(() -> new TabularReader(List.of(Column.required("a", "Mã"), Column.optional("b", "MA"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TabularReader(List.of(Column.required("a", "Mã"), Column.optional("a", "Tên"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Column.required("a")).isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- XLSX

  @Test
  void xlsxCellsAreReadAsTextTheWayAPersonSeesThem() {
    TabularReader typed = new TabularReader(List.of(
        Column.required("code", "Mã"), Column.required("count", "Số lượng"), Column.optional("ratio", "Tỷ lệ"),
        Column.optional("date", "Ngày"), Column.optional("at", "Thời điểm"), Column.optional("done", "Hoàn thành"),
        Column.optional("double", "Gấp đôi"), Column.optional("label", "Nhãn")));
    byte[] content = xlsx(sheet -> {
      CellStyle date = sheet.getWorkbook().createCellStyle();
      date.setDataFormat((short) 14);
      CellStyle dateTime = sheet.getWorkbook().createCellStyle();
      dateTime.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      row(sheet, 0, "Mã", "Số lượng", "Tỷ lệ", "Ngày", "Thời điểm", "Hoàn thành", "Gấp đôi", "Nhãn");
      XSSFRow first = sheet.createRow(1);
      first.createCell(0).setCellValue("HN01");
      first.createCell(1).setCellValue(12);
      first.createCell(2).setCellValue(12.5);
      first.createCell(3).setCellValue(LocalDate.of(2024, 3, 15));
      first.getCell(3).setCellStyle(date);
      first.createCell(4).setCellValue(LocalDateTime.of(2024, 3, 15, 8, 30));
      first.getCell(4).setCellStyle(dateTime);
      first.createCell(5).setCellValue(true);
      first.createCell(6).setCellFormula("B2*2");
      first.createCell(7).setCellFormula("A2&\"-X\"");
      sheet.createRow(3).createCell(1).setCellValue("   ");
      XSSFRow sparse = sheet.createRow(5);
      sparse.createCell(0).setCellValue("DN02");
      sparse.createCell(1).setCellValue(1234567);
      sparse.createCell(5).setCellValue(false);
      sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
    });

    Table table = typed.read("so-lieu.xlsx", content);

    assertThat(table.rows()).extracting(Row::number).containsExactly(2, 6);
    assertThat(table.rows().get(0).values()).containsExactly(
        Map.entry("code", "HN01"), Map.entry("count", "12"), Map.entry("ratio", "12.5"),
        Map.entry("date", "15/03/2024"), Map.entry("at", "15/03/2024 08:30"), Map.entry("done", "TRUE"),
        Map.entry("double", "24"), Map.entry("label", "HN01-X"));
    assertThat(table.rows().get(1).values()).containsExactly(
        Map.entry("code", "DN02"), Map.entry("count", "1234567"), Map.entry("ratio", ""),
        Map.entry("date", ""), Map.entry("at", ""), Map.entry("done", "FALSE"),
        Map.entry("double", ""), Map.entry("label", ""));
  }

  @Test
  void xlsxHeaderIsTheFirstNonEmptyRowAndHeadersAreFolded() {
    byte[] content = xlsx(sheet -> {
      row(sheet, 2, " MÃ ĐƠN VỊ ", "TÊN");
      row(sheet, 3, "HN", "Hà Nội");
    });

    Table table = reader.read("x.xlsx", content);

    assertThat(table.headers()).containsExactly("MÃ ĐƠN VỊ", "TÊN");
    assertThat(table.rows()).singleElement().satisfies(row -> {
      assertThat(row.number()).isEqualTo(4);
      assertThat(row.get("name")).isEqualTo("Hà Nội");
    });
  }

  @Test
  void xlsxHeaderAndRowProblemsAreReportedLikeCsv() {
    byte[] duplicate = xlsx(sheet -> row(sheet, 0, "Mã", "Tên", "mã"));
    byte[] tooMany = xlsx(sheet -> {
      row(sheet, 0, "Mã", "Tên");
      row(sheet, 1, "A", "a");
      row(sheet, 2, "B", "b", "", "thừa");
    });

    assertThat(problems("x.xlsx", duplicate)).containsExactly("Cột \"Mã\" xuất hiện hai lần (cột 1 và cột 3)");
    assertThat(problems("x.xlsx", tooMany)).containsExactly("Dòng 3 có nhiều ô hơn tiêu đề");
  }

  @Test
  void corruptOrForeignFilesNamedXlsxAreRejectedInVietnamese() {
    byte[] valid = xlsx(sheet -> row(sheet, 0, "Mã", "Tên"));
    String corrupt = "Không đọc được tệp Excel: tệp bị hỏng hoặc không phải định dạng .xlsx. "
        + "Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.";

    assertThat(problems("x.xlsx", utf8("Mã;Tên\nHN;Hà Nội\n"))).containsExactly(corrupt);
    assertThat(problems("x.xlsx", Arrays.copyOf(valid, valid.length / 2))).containsExactly(corrupt);
    assertThat(problems("x.xlsx", zipWith("readme.txt", "xin chào"))).containsExactly(corrupt);
    assertThat(problems("x.xlsx", xls())).singleElement().asString().contains("Excel 97-2003 (.xls)");
  }

  // ---------------------------------------------------------------- folding

  @Test
  void foldRemovesDiacriticsCaseAndExtraSpaces() {
    assertThat(VietnameseText.fold("Sì Lở Lầu")).isEqualTo("si lo lau");
    assertThat(VietnameseText.fold("Đảng ủy")).isEqualTo("dang uy");
    assertThat(VietnameseText.fold("  ĐƯỜNG\u00A0 Nguyễn   Thị Ưng ")).isEqualTo("duong nguyen thi ung");
    assertThat(VietnameseText.fold(Normalizer.normalize("Mã cấp trên", Normalizer.Form.NFD))).isEqualTo("ma cap tren");
    assertThat(VietnameseText.fold(" MÃ  CẤP TRÊN ")).isEqualTo("ma cap tren");
    assertThat(VietnameseText.fold(null)).isEmpty();
  }

  // ---------------------------------------------------------------- volume

  @Test
  void readsA130000RowCsvStreaming() {
    TabularReader wide = new TabularReader(List.of(
        Column.required("code", "Mã"), Column.required("name", "Họ và tên"), Column.required("unit", "Đơn vị"),
        Column.required("email", "Email"), Column.required("phone", "Điện thoại"),
        Column.required("role", "Chức vụ"), Column.optional("note", "Ghi chú")));
    ByteArrayOutputStream out = new ByteArrayOutputStream(12 * 1024 * 1024);
    out.writeBytes(utf8("Mã;Họ và tên;Đơn vị;Email;Điện thoại;Chức vụ;Ghi chú\r\n"));
    for (int i = 1; i <= 130_000; i++) {
      out.writeBytes(utf8("NV" + i + ";Nguyễn Văn Số " + i + ";Đảng ủy xã Sì Lở Lầu;nv" + i
          + "@dondoc.vn;0912" + i + ";\"Bí thư; chi bộ\";\r\n"));
    }

    Table table = wide.read("nhan-su.csv", out.toByteArray());

    assertThat(table.rows()).hasSize(130_000);
    Row sample = table.rows().get(99_999);
    assertThat(sample.number()).isEqualTo(100_001);
    assertThat(sample.values()).containsExactly(
        Map.entry("code", "NV100000"), Map.entry("name", "Nguyễn Văn Số 100000"),
        Map.entry("unit", "Đảng ủy xã Sì Lở Lầu"), Map.entry("email", "nv100000@dondoc.vn"),
        Map.entry("phone", "0912100000"), Map.entry("role", "Bí thư; chi bộ"), Map.entry("note", ""));
    assertThat(table.rows().get(129_999).number()).isEqualTo(130_001);
  }

  // ---------------------------------------------------------------- helpers

  private List<String> problems(String fileName, byte[] content) {
    TabularFormatException e = catchThrowableOfType(TabularFormatException.class, () -> reader.read(fileName, content));
    assertThat(e).as("expected a TabularFormatException").isNotNull();
    return e.problems();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private interface SheetFiller {
    void fill(XSSFSheet sheet);
  }

  private static byte[] xlsx(SheetFiller filler) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      filler.fill(workbook.createSheet("Dữ liệu"));
      workbook.createSheet("Trang khác").createRow(0).createCell(0).setCellValue("không đọc");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(XSSFSheet sheet, int index, String... values) {
    XSSFRow row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      row.createCell(i).setCellValue(values[i]);
    }
  }

  private static byte[] xls() {
    try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.createSheet("A").createRow(0).createCell(0).setCellValue("Mã");
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zipWith(String name, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(utf8(text));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
