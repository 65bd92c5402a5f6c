package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * The three usage imports over the API on PostgreSQL: good files in CSV and XLSX, citizen ids only
 * as keyed hashes, and every kind of bad file, which saves nothing and names the rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageImportIT extends PostgresApplicationTest {

  static final String TREE = """
      Mã;Tên;Loại;Mã cấp trên
      UI-T;Tỉnh ủy UI;Tỉnh ủy;
      UI-X;Đảng ủy xã Sì Lở Lầu UI;Đảng ủy xã;UI-T
      UI-X2;Đảng ủy xã Hai UI;Đảng ủy xã;UI-T
      UI-B1;Chi bộ bản Lũng Thàng;Chi bộ cơ sở;UI-X
      UI-B2;Chi bộ bản Gia Khâu;Chi bộ cơ sở;UI-X
      UI-C1;Chi bộ bản Cò Ký;Chi bộ cơ sở;UI-X2
      """;
  static final String AS_OF = "2026-03-10T17:00";

  @Autowired
  JdbcTemplate jdbc;

  @BeforeAll
  void tree() {
    HttpResponse<String> imported = importOrganizations("to-chuc.csv", utf8(TREE));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    user("xdd.ui", "xdd:UI-X");
    user("xdd.ui2", "xdd:UI-X2");
    user("bt.ui1", "org:UI-B1");
  }

  @Test
  void appStatisticsPerMemberImportWithBomSemicolonsAndHeadersWithoutDiacritics() {
    String file = "\uFEFFMA DANG VIEN;so cccd;Mã tổ chức;Họ và tên;da kich hoat;Truy cập lần cuối;Số lần truy cập;Miễn sinh hoạt\n"
        + "ui-001;;UI-B1;Lý A Páo;Có;09/03/2026 20:15;12;Không\n"
        + ";001 086 012 345;UI-B1;Thào A Sử;Không;;0;\n"
        + "UI-003;;UI-B2;Vàng A Lử;x;2026-03-10 08:00;1;0\n";
    HttpResponse<String> response = upload("app-members", "UI-X", "thong-ke.csv", utf8(file), "xdd.ui");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"kind\":\"APP_MEMBERS\"", "\"organizationCode\":\"UI-X\"", "\"rows\":3",
        "\"importedBy\":\"xdd.ui\"", "\"source\":\"Sổ tay đảng viên điện tử\"", "\"asOf\":\"2026-03-10T17:00:00\"");
    long id = snapshotId(response);

    assertThat(jdbc.queryForList("SELECT member_key FROM dd_usage_app_member WHERE snapshot_id = ? ORDER BY organization_code,"
        + " member_key", String.class, id)).satisfiesExactly(
            key -> assertThat(key).isEqualTo("UI-001"),
            key -> assertThat(key).startsWith("cccd:").hasSize(5 + 64).doesNotContain("012345"),
            key -> assertThat(key).isEqualTo("UI-003"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_usage_app_member WHERE snapshot_id = ? AND activated"
        + " AND access_count > 0 AND last_access IS NOT NULL", Integer.class, id)).isEqualTo(2);
  }

  @Test
  void theMemberDatabaseImportsFromXlsxAndTheSameCitizenIdGivesTheSameKey() throws IOException {
    byte[] xlsx = xlsx(new String[][] {
        {"Mã đảng viên", "Số CCCD", "Mã tổ chức", "Họ và tên", "Trạng thái", "Loại đảng viên", "Năm sinh",
            "Dân tộc thiểu số", "Có điện thoại thông minh"},
        {"UI-101", "", "UI-B1", "Lý A Páo", "Đang sinh hoạt", "Chính thức", "1968", "Có", "Có"},
        {"", "001086012345", "UI-B1", "Thào A Sử", "Miễn công tác, miễn sinh hoạt đảng", "Chính thức", "1941", "Có", ""},
        {"UI-103", "", "UI-B2", "Vàng Thị Mai", "dang sinh hoat", "Dự bị", "2001", "Không", "Không"}});
    HttpResponse<String> response = upload("member-database", "UI-X", "csdl.xlsx", xlsx, "xdd.ui");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    long id = snapshotId(response);

    assertThat(jdbc.queryForList("SELECT exempt FROM dd_usage_database_member WHERE snapshot_id = ? ORDER BY member_key",
        Boolean.class, id)).containsExactly(false, false, true);
    assertThat(jdbc.queryForObject("SELECT has_smartphone IS NULL AND birth_year = 1941 FROM dd_usage_database_member"
        + " WHERE snapshot_id = ? AND member_key LIKE 'cccd:%'", Boolean.class, id)).isTrue();
    assertThat(jdbc.queryForObject("SELECT probationary FROM dd_usage_database_member WHERE snapshot_id = ?"
        + " AND member_key = 'UI-103'", Boolean.class, id)).isTrue();
    // The hash is keyed and stable: the app file's citizen id above gives the same member key.
    String hashed = jdbc.queryForObject("SELECT member_key FROM dd_usage_database_member WHERE snapshot_id = ?"
        + " AND member_key LIKE 'cccd:%'", String.class, id);
    HttpResponse<String> app = upload("app-members", "UI-X", "app.csv",
        utf8("Số CCCD,Mã tổ chức,Đã kích hoạt,Số lần truy cập\n001086012345,UI-B1,Có,3\n"), "xdd.ui");
    assertThat(app.statusCode()).as(app.body()).isEqualTo(200);
    assertThat(jdbc.queryForList("SELECT member_key FROM dd_usage_app_member WHERE snapshot_id = ?", String.class,
        snapshotId(app))).containsExactly(hashed);
  }

  @Test
  void appStatisticsPerOrganisationImport() {
    String file = "Mã tổ chức,Tên tổ chức,Số đảng viên,Số miễn sinh hoạt,Số đã kích hoạt,Số đã truy cập,Số sử dụng thường xuyên\n"
        + "UI-B1,Chi bộ bản Lũng Thàng,14,2,10,2,1\nUI-B2,Chi bộ bản Gia Khâu,21,1,20,20,9\n";
    HttpResponse<String> response = upload("app-organizations", "UI-X", "to-chuc.csv", utf8(file), "xdd.ui");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(jdbc.queryForObject("SELECT SUM(members - exempt) FROM dd_usage_organization_figures WHERE snapshot_id = ?",
        Integer.class, snapshotId(response))).isEqualTo(32);
  }

  @Test
  void aFileNotInUtf8IsRefused() {
    String file = "Mã đảng viên,Mã tổ chức,Họ và tên,Đã kích hoạt,Số lần truy cập\nUI-E1,UI-B1,Lý A Páo,Có,1\n";
    assertRefused(() -> upload("app-members", "UI-X", "thong-ke.csv", file.getBytes(Charset.forName("windows-1258")), "xdd.ui"),
        "Tệp không phải mã UTF-8 (lỗi ở dòng 1)");
  }

  @Test
  void missingAndUnknownColumnsAreRefusedTogether() {
    String file = "Mã đảng viên,Mã tổ chức,Đã kích hoạt,Ghi chú\nUI-E2,UI-B1,Có,\n";
    assertRefused(() -> upload("app-members", "UI-X", "thong-ke.csv", utf8(file), "xdd.ui"),
        "Thiếu cột bắt buộc \\\"Số lần truy cập\\\"", "Cột không xác định \\\"Ghi chú\\\" (cột 4)");
    assertRefused(() -> upload("member-database", "UI-X", "csdl.csv", utf8("Mã tổ chức,Trạng thái\nUI-B1,Đang sinh hoạt\n"), "xdd.ui"),
        "Thiếu cột \\\"Mã đảng viên\\\" hoặc cột \\\"Số CCCD\\\"");
  }

  @Test
  void duplicateMemberKeysAreRefusedNamingBothRows() {
    String file = "Mã đảng viên,Số CCCD,Mã tổ chức,Trạng thái\nUI-E3,,UI-B1,Đang sinh hoạt\n,001086099999,UI-B1,Đang sinh hoạt\n"
        + "ui-e3,,UI-B2,Đang sinh hoạt\n,001.086.099.999,UI-B2,Miễn sinh hoạt\n";
    HttpResponse<String> response = assertRefused(() -> upload("member-database", "UI-X", "csdl.csv", utf8(file), "xdd.ui"),
        "chưa nhập gì", "\"row\":4", "Mã đảng viên \\\"UI-E3\\\" trùng với dòng 2", "\"row\":5", "Số CCCD trùng với dòng 3");
    assertThat(response.body()).doesNotContain("099999");
  }

  /** The member key is stored as written: a citizen id put there would be kept in clear. */
  @Test
  void aCitizenIdInTheMemberKeyColumnIsRefusedPointingToTheCitizenIdColumn() {
    String file = "Mã đảng viên,Mã tổ chức,Trạng thái\nUI-E13,UI-B1,Đang sinh hoạt\n001086054321,UI-B1,Đang sinh hoạt\n"
        + "123 456 789,UI-B2,Đang sinh hoạt\n12345678,UI-B2,Đang sinh hoạt\n";
    HttpResponse<String> response = assertRefused(() -> upload("member-database", "UI-X", "csdl.csv", utf8(file), "xdd.ui"),
        "\"row\":3,\"column\":\"Mã đảng viên\",\"message\":\"Mã đảng viên gồm 9 hoặc 12 chữ số như số CCCD/CMND: số CCCD"
            + " ghi vào cột \\\"Số CCCD\\\" (được băm, không lưu số) và để trống cột này\"", "\"row\":4,\"column\":\"Mã đảng viên\"");
    assertThat(response.body()).doesNotContain("054321", "\"row\":5", "\"row\":2");
    // Nor is there a header that invites one.
    assertRefused(() -> upload("member-database", "UI-X", "csdl.csv", utf8("Mã định danh,Mã tổ chức,Trạng thái\n"
        + "UI-E14,UI-B1,Đang sinh hoạt\n"), "xdd.ui"), "Cột không xác định \\\"Mã định danh\\\"");
  }

  @Test
  void unknownOrganisationsAndOrganisationsOfAnotherCommuneAreRefused() {
    String file = "Mã đảng viên,Mã tổ chức,Trạng thái\nUI-E4,UI-B1,Đang sinh hoạt\nUI-E5,UI-KHONGCO,Đang sinh hoạt\n"
        + "UI-E6,UI-C1,Đang sinh hoạt\nUI-E7,UI-B2,Nghỉ\nUI-E15,UI-B2,Miễn nhiệm\n";
    assertRefused(() -> upload("member-database", "UI-X", "csdl.csv", utf8(file), "xdd.ui"),
        "\"row\":3,\"column\":\"Mã tổ chức\",\"message\":\"Mã tổ chức \\\"UI-KHONGCO\\\" không có trong hệ thống\"",
        "\"row\":4,\"column\":\"Mã tổ chức\",\"message\":\"Tổ chức \\\"UI-C1\\\" không thuộc Đảng ủy xã Sì Lở Lầu UI (UI-X)\"",
        "\"row\":5,\"column\":\"Trạng thái\"", "\"row\":6,\"column\":\"Trạng thái\",\"message\":\"Trạng thái \\\"Miễn nhiệm\\\""
            + " không hợp lệ: ghi \\\"Đang sinh hoạt\\\", \\\"Miễn sinh hoạt\\\" hoặc \\\"Miễn công tác, miễn sinh hoạt đảng\\\"\"");
  }

  @Test
  void accessedGreaterThanMembersAndNegativeNumbersAreRefused() {
    String file = "Mã tổ chức,Số đảng viên,Số miễn sinh hoạt,Số đã kích hoạt,Số đã truy cập,Số sử dụng thường xuyên\n"
        + "UI-B1,10,2,8,9,1\nUI-B2,-3,0,0,0,0\nUI-T,5,0,1,1,2\n";
    assertRefused(() -> upload("app-organizations", "UI-X", "to-chuc.csv", utf8(file), "xdd.ui"),
        "\"row\":2,\"column\":\"Số đã truy cập\",\"message\":\"Số đã truy cập (9) lớn hơn số đảng viên đang sinh hoạt (8)\"",
        "\"row\":3,\"column\":\"Số đảng viên\",\"message\":\"Số \\\"-3\\\" âm: phải từ 0 trở lên\"",
        "\"row\":4,\"column\":\"Mã tổ chức\",\"message\":\"Tổ chức \\\"UI-T\\\" không thuộc");
    String nested = "Mã tổ chức,Số đảng viên,Số miễn sinh hoạt,Số đã kích hoạt,Số đã truy cập,Số sử dụng thường xuyên\n"
        + "UI-X,10,0,5,5,1\nUI-B1,4,0,2,2,1\n";
    assertRefused(() -> upload("app-organizations", "UI-X", "to-chuc.csv", utf8(nested), "xdd.ui"),
        "\"row\":3", "trực thuộc \\\"UI-X\\\" (dòng 2)");
  }

  @Test
  void aDateInTheFutureIsRefused() {
    String file = "Mã đảng viên,Mã tổ chức,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập\nUI-E8,UI-B1,Có,11/03/2026 08:00,1\n"
        + "UI-E9,UI-B1,Có,hôm qua,1\n";
    assertRefused(() -> upload("app-members", "UI-X", "thong-ke.csv", utf8(file), "xdd.ui"),
        "\"row\":2,\"column\":\"Truy cập lần cuối\",\"message\":\"Lần truy cập 11/03/2026 08:00 ở sau thời điểm số liệu"
            + " (17 giờ 00 phút, ngày 10/3/2026)\"",
        "\"row\":3,\"column\":\"Truy cập lần cuối\"");

    assertRefused(() -> asAdmin().postFile("/api/usage/app-members/import?organization=UI-X&asOf=2099-01-01T00:00",
        "thong-ke.csv", utf8("Mã đảng viên,Mã tổ chức,Đã kích hoạt,Số lần truy cập\nUI-E10,UI-B1,Có,1\n")),
        "\"field\":\"asOf\"", "ở tương lai");
  }

  @Test
  void onlyThePartyBuildingStaffOfTheCommuneMayImportIntoIt() {
    byte[] file = utf8("Mã đảng viên,Mã tổ chức,Trạng thái\nUI-E11,UI-B1,Đang sinh hoạt\n");
    assertThat(upload("member-database", "UI-B1", "csdl.csv", file, "bt.ui1").statusCode()).isEqualTo(403);
    assertThat(upload("member-database", "UI-X", "csdl.csv", file, "bt.ui1").statusCode()).isEqualTo(404);
    assertThat(upload("member-database", "UI-X", "csdl.csv", file, "xdd.ui2").statusCode()).isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_usage_database_member WHERE member_key = 'UI-E11'", Integer.class))
        .isZero();
  }

  /** Party-building staff of one commune who see another through another group may not import into it. */
  @Test
  void partyBuildingStaffOfOneCommuneMayNotImportIntoAnotherTheySeeThroughAnotherGroup() {
    user("xdd.ui.ubkt.ui2", "xdd:UI-X", "ubkt:UI-X2");
    user("xdd.ui.org.c1", "xdd:UI-X", "org:UI-C1");
    byte[] file = utf8("Mã đảng viên,Mã tổ chức,Trạng thái\nUI-E12,UI-C1,Đang sinh hoạt\n");
    String before = rowCounts();
    HttpResponse<String> inspection = upload("member-database", "UI-X2", "csdl.csv", file, "xdd.ui.ubkt.ui2");
    assertThat(inspection.statusCode()).as(inspection.body()).isEqualTo(403);
    assertThat(inspection.body()).contains("Ban Xây dựng Đảng");
    assertThat(upload("member-database", "UI-C1", "csdl.csv", file, "xdd.ui.org.c1").statusCode()).isEqualTo(403);
    assertThat(rowCounts()).as("nothing saved").isEqualTo(before);
  }

  @Test
  void theTemplatesDownloadInBothFormats() {
    assertThat(asAdmin().get("/api/usage/app-members/template?format=csv").body())
        .startsWith("\uFEFFMã đảng viên,Số CCCD,Mã tổ chức,Họ và tên,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập,Miễn sinh hoạt\r\n");
    assertThat(asAdmin().get("/api/usage/member-database/template").body())
        .contains("Trạng thái,Loại đảng viên,Năm sinh,Dân tộc thiểu số,Có điện thoại thông minh", "Đang sinh hoạt",
            "\r\nDV-000123,,CB-BANMOI,");
    assertThat(asAdmin().get("/api/usage/app-organizations/template").body())
        .contains("Mã tổ chức,Tên tổ chức,Số đảng viên,Số miễn sinh hoạt,Số đã kích hoạt,Số đã truy cập,Số sử dụng thường xuyên");
    HttpResponse<String> xlsx = asAdmin().get("/api/usage/app-organizations/template?format=xlsx");
    assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("spreadsheetml"));
    assertThat(xlsx.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).contains("mau-thong-ke-ung-dung-theo-to-chuc.xlsx"));
  }

  /** The upload answers 400 with every fragment, and not one row of any usage table was written. */
  private HttpResponse<String> assertRefused(Supplier<HttpResponse<String>> upload, String... fragments) {
    String before = rowCounts();
    HttpResponse<String> response = upload.get();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(fragments);
    assertThat(rowCounts()).as("nothing saved").isEqualTo(before);
    return response;
  }

  private String rowCounts() {
    return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM dd_usage_snapshot) || '/' || (SELECT COUNT(*) FROM"
        + " dd_usage_app_member) || '/' || (SELECT COUNT(*) FROM dd_usage_database_member) || '/' || (SELECT COUNT(*)"
        + " FROM dd_usage_organization_figures)", String.class);
  }

  private HttpResponse<String> upload(String kind, String organization, String fileName, byte[] content, String userId) {
    return as(userId).postFile("/api/usage/" + kind + "/import?organization=" + organization + "&asOf=" + AS_OF, fileName,
        content);
  }

  static long snapshotId(HttpResponse<String> response) {
    return Long.parseLong(response.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx(String[][] cells) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("CSDL");
      for (int r = 0; r < cells.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
