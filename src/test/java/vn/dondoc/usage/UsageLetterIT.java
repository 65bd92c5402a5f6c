package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.usage.UsageImportIT.snapshotId;
import static vn.dondoc.usage.UsageImportIT.utf8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * The letter and its appendix for a commune with a branch in each band: opened with POI, as the
 * office would open them in Word and Excel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageLetterIT extends PostgresApplicationTest {

  static final String TREE = """
      Mã;Tên;Loại;Mã cấp trên
      UL-T;Tỉnh ủy UL;Tỉnh ủy;
      UL-X;Đảng ủy xã Hoa Lộc UL;Đảng ủy xã;UL-T
      UL-A;Chi bộ thôn Một;Chi bộ cơ sở;UL-X
      UL-B;Chi bộ thôn Hai;Chi bộ cơ sở;UL-X
      UL-C;Chi bộ thôn Ba;Chi bộ cơ sở;UL-X
      UL-D;Chi bộ thôn Bốn;Chi bộ cơ sở;UL-X
      UL-E;Chi bộ thôn Năm;Chi bộ cơ sở;UL-X
      UL-DB;Đảng bộ Trường học;Đảng bộ cơ sở;UL-X
      UL-C1;Chi bộ Trường 1;Chi bộ trực thuộc;UL-DB
      UL-X2;Đảng ủy xã Khác UL;Đảng ủy xã;UL-T
      """;

  /**
   * Access: Một 12/12 and Hai 8/8 commended; Bốn 2/8 (one exempt) and Ba 1/6 low; Năm 0/5 not
   * deployed; the school's committee 2/4 in between. The commune: 25/43.
   */
  static final String AGGREGATES = """
      Mã tổ chức,Số đảng viên,Số miễn sinh hoạt,Số đã kích hoạt,Số đã truy cập,Số sử dụng thường xuyên
      UL-A,12,0,12,12,5
      UL-B,8,0,8,8,1
      UL-C,6,0,2,1,0
      UL-D,9,1,4,2,0
      UL-E,5,0,0,0,0
      UL-C1,4,0,3,2,1
      """;

  String app;

  @BeforeAll
  void communeWithItsFigures() {
    HttpResponse<String> imported = importOrganizations("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    user("xdd.ul2", "xdd:UL-X2");
    user("bt.ula", "org:UL-A");
    HttpResponse<String> response = asAdmin().postFile("/api/usage/app-organizations/import?organization=UL-X"
        + "&asOf=2026-03-10T17:00", "tep.csv", utf8(AGGREGATES));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    app = String.valueOf(snapshotId(response));
  }

  @Test
  void theLetterHasTheHeaderTheBandsAndTheSignatureBlock() throws IOException {
    try (XWPFDocument letter = docx("/api/usage/letter?organization=UL-X&app=" + app
        + "&number=15&place=Hoa%20L%E1%BB%99c&signer=Nguy%E1%BB%85n%20V%C4%83n%20A")) {
      XWPFTable header = letter.getTables().get(0);
      assertThat(texts(header.getRow(0).getCell(0))).containsExactly("TỈNH ỦY UL", "ĐẢNG ỦY XÃ HOA LỘC UL", "*",
          "Số: 15-CV/ĐU", "V/v đẩy mạnh sử dụng ứng dụng Sổ tay đảng viên điện tử");
      assertThat(texts(header.getRow(0).getCell(1))).containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM", "",
          "Hoa Lộc, " + "ngày " + today().getDayOfMonth() + " tháng " + today().getMonthValue() + " năm " + today().getYear());

      List<String> body = letter.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(body).containsSubsequence("Kính gửi: Các đảng bộ, chi bộ trực thuộc Đảng ủy xã Hoa Lộc UL.",
          "Tính đến thời điểm 17 giờ 00 phút, ngày 10/3/2026, kết quả sử dụng ứng dụng Sổ tay đảng viên điện tử trong"
              + " toàn Đảng ủy xã Hoa Lộc UL (tỷ lệ truy cập, sử dụng): 25/43 đảng viên đang sinh hoạt, đạt tỷ lệ 58,14%"
              + " (có Phụ lục kèm theo).",
          "Biểu dương:", "- Chi bộ thôn Hai 100%;", "- Chi bộ thôn Một 100%.",
          "Tỷ lệ thấp:", "- Chi bộ thôn Bốn 25%;", "- Chi bộ thôn Ba 16,67%.",
          "Chưa triển khai:", "- Chi bộ thôn Năm 0%.");
      // Between the bands a letter names: neither praised nor urged.
      assertThat(body).noneMatch(text -> text.contains("Đảng bộ Trường học"));
      assertThat(body).anyMatch(text -> text.startsWith("1. ")).anyMatch(text -> text.startsWith("4. "));

      XWPFTable closing = letter.getTables().get(1);
      assertThat(letter.getBodyElements().get(letter.getBodyElements().size() - 1)).isSameAs(closing);
      assertThat(texts(closing.getRow(0).getCell(0))).startsWith("Nơi nhận:", "- Như trên,");
      assertThat(texts(closing.getRow(0).getCell(1))).containsExactly("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC",
          "", "", "", "Nguyễn Văn A");

      XWPFParagraph overall = letter.getParagraphs().get(1);
      assertThat(overall.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
      assertThat(overall.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
      var margins = letter.getDocument().getBody().getSectPr().getPgMar();
      assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()).toString())
          .isEqualTo("[1134, 1134, 1701, 850]");
    }
  }

  @Test
  void withoutNumberPlaceOrSignerTheLetterLeavesGaps() throws IOException {
    try (XWPFDocument letter = docx("/api/usage/letter?organization=UL-X&app=" + app)) {
      XWPFTable header = letter.getTables().get(0);
      assertThat(texts(header.getRow(0).getCell(0))).contains("Số:       -CV/ĐU");
      assertThat(texts(header.getRow(0).getCell(1)).get(2)).startsWith("……………, ngày ");
      assertThat(texts(letter.getTables().get(1).getRow(0).getCell(1))).endsWith("PHÓ BÍ THƯ THƯỜNG TRỰC", "", "", "", "");
    }
  }

  @Test
  void theAppendixListsEveryOrganisationWithItsFiguresAndRates() throws IOException {
    HttpResponse<String> head = asAdmin().get("/api/usage/appendix?organization=UL-X&app=" + app);
    assertThat(head.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
        .contains("phu-luc-su-dung-so-tay-UL-X.xlsx"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        asAdmin().getBytes("/api/usage/appendix?organization=UL-X&app=" + app)))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("PHỤ LỤC").endsWith("ĐẢNG ỦY XÃ HOA LỘC UL");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("(Tính đến thời điểm 17 giờ 00 phút, ngày 10/3/2026)");
      Row header = sheet.getRow(2);
      assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Mã tổ chức");
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Đảng viên đang sinh hoạt");
      assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Tỷ lệ truy cập, sử dụng (%)");
      assertThat(header.getCell(11).getStringCellValue()).isEqualTo("Tỷ lệ truy cập, sử dụng");
      assertThat(header.getCell(13).getStringCellValue()).isEqualTo("Xếp nhóm (theo tỷ lệ truy cập)");
      assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      // The commune, its six branches and committees, and the school's branch.
      assertThat(sheet.getLastRowNum()).isEqualTo(2 + 8);

      Row commune = row(sheet, "UL-X");
      assertThat(commune.getCell(2).getStringCellValue()).isEqualTo("Đảng ủy xã Hoa Lộc UL");
      assertThat(List.of(commune.getCell(3).getNumericCellValue(), commune.getCell(4).getNumericCellValue(),
          commune.getCell(5).getNumericCellValue(), commune.getCell(6).getNumericCellValue()))
          .containsExactly(43.0, 29.0, 25.0, 7.0);
      assertThat(List.of(commune.getCell(7).getNumericCellValue(), commune.getCell(8).getNumericCellValue(),
          commune.getCell(9).getNumericCellValue())).containsExactly(67.44, 58.14, 16.28);
      assertThat(commune.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.00");
      assertThat(commune.getCell(11).getStringCellValue()).isEqualTo("58,14%");
      assertThat(commune.getCell(13).getStringCellValue()).isEqualTo("Đang triển khai");
      Row low = row(sheet, "UL-C");
      assertThat(low.getCell(8).getNumericCellValue()).isEqualTo(16.67);
      assertThat(low.getCell(11).getStringCellValue()).isEqualTo("16,67%");
      assertThat(low.getCell(13).getStringCellValue()).isEqualTo("Tỷ lệ thấp");
    }
  }

  @Test
  void whoDoesNotSeeTheCommuneFindsNeitherLetterNorAppendix() {
    for (String user : List.of("xdd.ul2", "bt.ula")) {
      assertThat(as(user).get("/api/usage/letter?organization=UL-X&app=" + app).statusCode()).isEqualTo(404);
      assertThat(as(user).get("/api/usage/appendix?organization=UL-X&app=" + app).statusCode()).isEqualTo(404);
    }
    assertThat(as("bt.ula").get("/api/usage/appendix?organization=UL-A&app=" + app).statusCode()).isEqualTo(200);
  }

  private XWPFDocument docx(String path) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(asAdmin().getBytes(path)));
  }

  private static List<String> texts(XWPFTableCell cell) {
    return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  private static Row row(Sheet sheet, String code) {
    for (Row row : sheet) {
      if (row.getRowNum() > 2 && code.equals(row.getCell(1).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError(code + " not in the appendix");
  }

  private static LocalDate today() {
    return LocalDate.now(TimeConfiguration.VIETNAM);
  }
}
