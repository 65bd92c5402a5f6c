package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.usage.UsageImportIT.snapshotId;
import static vn.dondoc.usage.UsageImportIT.utf8;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * A commune whose member database and app export disagree in every way seed 002 describes: rates
 * with and without the correction, the roll-up, the reconciliation and its lists, the ranking
 * report, the trend, and who may read which organisation's figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageStatisticsIT extends PostgresApplicationTest {

  static final String TREE = """
      Mã;Tên;Loại;Mã cấp trên
      US-T;Tỉnh ủy US;Tỉnh ủy;
      US-X;Đảng ủy xã Sì Lở Lầu US;Đảng ủy xã;US-T
      US-DB;Đảng bộ Công an xã;Đảng bộ cơ sở;US-X
      US-C1;Chi bộ Công an 1;Chi bộ trực thuộc;US-DB
      US-B1;Chi bộ bản Bản Mới;Chi bộ cơ sở;US-X
      US-B2;Chi bộ bản Hai;Chi bộ cơ sở;US-X
      US-B3;Chi bộ bản Ba;Chi bộ cơ sở;US-X
      US-B4;Chi bộ bản Bốn;Chi bộ cơ sở;US-X
      US-B5;Chi bộ bản Năm;Chi bộ cơ sở;US-X
      US-X2;Đảng ủy xã Hai US;Đảng ủy xã;US-T
      US-Y1;Chi bộ bản Khác;Chi bộ cơ sở;US-X2
      US-X3;Đảng ủy xã Ba US;Đảng ủy xã;US-T
      US-R1;Chi bộ A;Chi bộ cơ sở;US-X3
      US-R2;Chi bộ B;Chi bộ cơ sở;US-X3
      US-R3;Chi bộ C;Chi bộ cơ sở;US-X3
      """;

  /** In the member database: B1-7 is exempt; B4-4 is missing from the app; B5-1 is in US-B5. */
  static final String DATABASE = "Mã đảng viên,Mã tổ chức,Họ và tên,Trạng thái\n"
      + members("B1", 6, "US-B1", "Đang sinh hoạt") + "B1-7,US-B1,Đảng viên B1-7,Miễn sinh hoạt\n"
      + members("B2", 4, "US-B2", "Đang sinh hoạt") + members("B3", 3, "US-B3", "Đang sinh hoạt")
      + members("B4", 4, "US-B4", "Đang sinh hoạt") + members("C1", 2, "US-C1", "Đang sinh hoạt")
      + "B5-1,US-B5,Đảng viên B5-1,Đang sinh hoạt\nY1-1,US-Y1,Đảng viên Y1-1,Đang sinh hoạt\n";

  String app;
  String laterApp;
  String database;

  @BeforeAll
  void communeWithItsSnapshots() {
    HttpResponse<String> imported = importOrganizations("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    user("xdd.us", "xdd:US-X");
    user("xdd.us2", "xdd:US-X2");
    user("bt.usb1", "org:US-B1");

    database = upload("member-database", "US-T", "2026-03-10T16:00", DATABASE);
    app = upload("app-members", "US-T", "2026-03-10T17:00", appFile(false));
    laterApp = upload("app-members", "US-T", "2026-03-20T08:00", appFile(true));
  }

  /**
   * In the app: B1-1 uses it regularly, B1-7 is not exempt there and never accessed; all of B2 and
   * B5-1 (filed under US-B2) accessed; B3 activated but never accessed, plus B3-9 whom the database
   * does not have; two of B4 accessed; C1-1 accessed. Later, B3-1 accessed too.
   */
  static String appFile(boolean later) {
    StringBuilder file = new StringBuilder("Mã đảng viên,Mã tổ chức,Họ và tên,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập,"
        + "Miễn sinh hoạt\n");
    file.append("B1-1,US-B1,Đảng viên B1-1,Có,09/03/2026 20:00,5,Không\n");
    for (int i = 2; i <= 7; i++) {
      file.append("B1-").append(i).append(",US-B1,Đảng viên B1-").append(i).append(",Không,,0,Không\n");
    }
    for (int i = 1; i <= 4; i++) {
      file.append("B2-").append(i).append(",US-B2,,Có,08/03/2026 10:00,1,\n");
    }
    file.append("B5-1,US-B2,,Có,08/03/2026 10:00,2,\n");
    file.append("B3-1,US-B3,,Có,").append(later ? "15/03/2026 09:00,1" : ",0").append(",\n");
    file.append("B3-2,US-B3,,Có,,0,\nB3-3,US-B3,,Có,,0,\nB3-9,US-B3,Người lạ B3-9,Có,,0,\n");
    file.append("B4-1,US-B4,,Có,01/03/2026 07:00,3,\nB4-2,US-B4,,Có,02/03/2026 07:00,4,\nB4-3,US-B4,,Không,,0,\n");
    file.append("C1-1,US-C1,,Có,05/03/2026 07:00,9,\nC1-2,US-C1,,Không,,0,\nY1-1,US-Y1,,Có,05/03/2026 07:00,9,\n");
    return file.toString();
  }

  @Test
  void theAppsOwnFiguresCountTheWronglyNonExemptMemberAsNotAccessed() {
    String body = asAdmin().get("/api/usage/rates?organization=US-X&app=" + app).body();
    // US-B1 as the app has it: 7 in activity (B1-7 not exempt there), 1 accessed.
    assertThat(body).contains("\"code\":\"US-B1\"", "\"figures\":{\"inActivity\":7,\"exempt\":0,\"activated\":1,\"accessed\":1,"
        + "\"regular\":1}", "\"text\":\"14,29%\"");
  }

  @Test
  void correctedByTheMemberDatabaseExemptMembersLeaveTheDenominatorAndFiguresRollUp() {
    String body = asAdmin().get("/api/usage/rates?organization=US-X&app=" + app + "&members=" + database).body();
    assertThat(body).contains("\"footnote\":\"Tính đến thời điểm 17 giờ 00 phút, ngày 10/3/2026\"");
    assertThat(row(body, "US-B1")).contains("\"inActivity\":6,\"exempt\":1", "\"access\":{\"count\":1,\"inActivity\":6,"
        + "\"percent\":16.67,\"text\":\"16,67%\"}", "\"band\":\"LOW\"");
    // B5-1 counts where the member database has him, not where the app filed him.
    assertThat(row(body, "US-B5")).contains("\"inActivity\":1", "\"text\":\"100%\"", "\"band\":\"COMMENDED\"");
    assertThat(row(body, "US-B2")).contains("\"inActivity\":4,\"exempt\":0,\"activated\":4,\"accessed\":4");
    // US-C1's figures roll up into its grassroots committee and into the commune.
    assertThat(row(body, "US-DB")).contains("\"inActivity\":2,\"exempt\":0,\"activated\":1,\"accessed\":1,\"regular\":1");
    // 6 + 4 + 3 + 4 + 2 + 1 in activity; 1 + 4 + 0 + 2 + 1 + 1 accessed; US-Y1 of the other commune not counted.
    assertThat(row(body, "US-X")).contains("\"figures\":{\"inActivity\":20,\"exempt\":1,\"activated\":12,\"accessed\":9,"
        + "\"regular\":3}", "\"access\":{\"count\":9,\"inActivity\":20,\"percent\":45.00,\"text\":\"45%\"}",
        "\"regularUse\":{\"count\":3,\"inActivity\":20,\"percent\":15.00,\"text\":\"15%\"}");
  }

  @Test
  void theReconciliationCountsEachDisagreementPerOrganisationAndListsTheMembers() {
    String body = asAdmin().get("/api/usage/reconciliation?organization=US-X&app=" + app + "&members=" + database).body();
    assertThat(body).contains("{\"category\":\"missing-from-app\",\"label\":\"Có trong CSDL đảng viên nhưng chưa có trên ứng"
        + " dụng (không đăng nhập được)\",\"count\":1}", "{\"category\":\"not-in-database\"", "\"count\":1}",
        "{\"category\":\"exempt-not-in-app\"", "{\"category\":\"organization-mismatch\"");
    assertThat(row(body, "US-X")).contains("\"counts\":{\"missingFromApp\":1,\"notInDatabase\":1,\"exemptNotInApp\":1,"
        + "\"organizationMismatch\":1}");
    assertThat(row(body, "US-B4")).contains("\"missingFromApp\":1,\"notInDatabase\":0");
    assertThat(row(body, "US-B3")).contains("\"notInDatabase\":1");

    assertThat(list("missing-from-app", "US-X", "csv")).isEqualTo("\uFEFFMã đảng viên,Họ và tên,Mã tổ chức (CSDL),"
        + "Mã tổ chức (ứng dụng),Trạng thái (CSDL),Miễn sinh hoạt (ứng dụng)\r\nB4-4,Đảng viên B4-4,US-B4,,Đang sinh hoạt,\r\n");
    assertThat(list("not-in-database", "US-X", "csv")).endsWith("\r\nB3-9,Người lạ B3-9,,US-B3,,Không\r\n");
    assertThat(list("exempt-not-in-app", "US-X", "csv")).endsWith("\r\nB1-7,Đảng viên B1-7,US-B1,US-B1,Miễn sinh hoạt,Không\r\n");
    assertThat(list("organization-mismatch", "US-X", "csv")).endsWith("\r\nB5-1,Đảng viên B5-1,US-B5,US-B2,Đang sinh hoạt,Không\r\n");
    HttpResponse<String> xlsx = asAdmin().get(listPath("missing-from-app", "US-X", "xlsx"));
    assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("spreadsheetml"));
  }

  @Test
  void theRankingReportListsEachBandHighestFirstWithTheFootnote() {
    String body = asAdmin().get("/api/usage/ranking?organization=US-X&app=" + app + "&members=" + database).body();
    assertThat(body).contains("\"measure\":\"Tỷ lệ truy cập, sử dụng\"", "\"summary\":\"9/20 đảng viên đang sinh hoạt, đạt tỷ lệ 45%\"",
        "\"footnote\":\"Tính đến thời điểm 17 giờ 00 phút, ngày 10/3/2026\"");
    assertThat(lines(body, "COMMENDED")).isEqualTo("Chi bộ bản Hai 100%|Chi bộ bản Năm 100%");
    assertThat(lines(body, "MIDDLE")).isEqualTo("Chi bộ bản Bốn 50%|Đảng bộ Công an xã 50%");
    assertThat(lines(body, "LOW")).isEqualTo("Chi bộ bản Bản Mới 16,67%");
    assertThat(lines(body, "NOT_DEPLOYED")).isEqualTo("Chi bộ bản Ba 0%");
    assertThat(lines(body, "NO_DATA")).isEmpty();

    String regular = asAdmin().get("/api/usage/ranking?organization=US-X&app=" + app + "&members=" + database
        + "&measure=regular-use").body();
    // Regular use: at least 4 accesses in the period (B1-1, B4-2, C1-1).
    assertThat(lines(regular, "MIDDLE")).isEqualTo("Đảng bộ Công an xã 50%");
    assertThat(lines(regular, "LOW")).isEqualTo("Chi bộ bản Bốn 25%|Chi bộ bản Bản Mới 16,67%");
  }

  @Test
  void theAppsAggregatesGiveRatesAndARankingToo() {
    String aggregates = upload("app-organizations", "US-X", "2026-03-10T17:00", "Mã tổ chức,Số đảng viên,Số miễn sinh hoạt,"
        + "Số đã kích hoạt,Số đã truy cập,Số sử dụng thường xuyên\nUS-B1,7,1,5,3,1\nUS-B2,4,0,4,4,2\nUS-C1,3,0,0,0,0\n");
    String rates = asAdmin().get("/api/usage/rates?organization=US-X&app=" + aggregates).body();
    assertThat(row(rates, "US-B1")).contains("\"figures\":{\"inActivity\":6,\"exempt\":1,\"activated\":5,\"accessed\":3,"
        + "\"regular\":1}", "\"access\":{\"count\":3,\"inActivity\":6,\"percent\":50.00,\"text\":\"50%\"}");
    assertThat(row(rates, "US-X")).contains("\"figures\":{\"inActivity\":13,\"exempt\":1,\"activated\":9,\"accessed\":7,"
        + "\"regular\":3}", "\"text\":\"53,85%\"");

    String ranking = asAdmin().get("/api/usage/ranking?organization=US-X&app=" + aggregates).body();
    assertThat(lines(ranking, "COMMENDED")).isEqualTo("Chi bộ bản Hai 100%");
    assertThat(lines(ranking, "MIDDLE")).isEqualTo("Chi bộ bản Bản Mới 50%");
    assertThat(lines(ranking, "NOT_DEPLOYED")).isEqualTo("Đảng bộ Công an xã 0%");
    assertThat(lines(ranking, "NO_DATA")).isEqualTo("Chi bộ bản Ba|Chi bộ bản Bốn|Chi bộ bản Năm");
    // Aggregates cannot be matched member by member.
    assertThat(asAdmin().get("/api/usage/reconciliation?organization=US-X&app=" + aggregates + "&members=" + database)
        .statusCode()).isEqualTo(400);
  }

  /** A branch without data, between two of the same band by code and by name, splits neither the band nor its order. */
  @Test
  void aBranchWithoutDataGoesLastAndTheBandStaysHighestFirst() {
    String aggregates = upload("app-organizations", "US-X3", "2026-03-10T17:00", "Mã tổ chức,Số đảng viên,Số miễn sinh hoạt,"
        + "Số đã kích hoạt,Số đã truy cập,Số sử dụng thường xuyên\nUS-R1,10,0,3,3,0\nUS-R3,10,0,9,9,0\n");
    String ranking = asAdmin().get("/api/usage/ranking?organization=US-X3&app=" + aggregates).body();
    assertThat(lines(ranking, "MIDDLE")).isEqualTo("Chi bộ C 90%|Chi bộ A 30%");
    assertThat(lines(ranking, "NO_DATA")).isEqualTo("Chi bộ B");
  }

  @Test
  void theTrendFollowsTheAppSnapshotsEachCorrectedByTheMemberDatabase() {
    String body = asAdmin().get("/api/usage/trend?organization=US-X").body();
    assertThat(body).containsSubsequence("\"appSnapshotId\":" + app + ",\"databaseSnapshotId\":" + database,
        "\"asOfText\":\"17 giờ 00 phút, ngày 10/3/2026\"", "\"access\":{\"count\":9,\"inActivity\":20",
        "\"appSnapshotId\":" + laterApp + ",\"databaseSnapshotId\":" + database,
        "\"asOfText\":\"8 giờ 00 phút, ngày 20/3/2026\"", "\"access\":{\"count\":10,\"inActivity\":20");
  }

  /** Imported after the app's snapshot of the same time, the member database still corrects it. */
  @Test
  void aMemberDatabaseOfTheSameTimeAsTheAppCorrectsIt() {
    String sameTime = "2026-03-25T08:00";
    String appOfTheTime = upload("app-members", "US-X3", sameTime, "Mã đảng viên,Mã tổ chức,Đã kích hoạt,Số lần truy cập\n"
        + "R1-1,US-R1,Có,1\nR1-2,US-R1,Có,0\n");
    String databaseOfTheTime = upload("member-database", "US-X3", sameTime, "Mã đảng viên,Mã tổ chức,Trạng thái\n"
        + "R1-1,US-R1,Đang sinh hoạt\nR1-2,US-R1,Miễn sinh hoạt\n");
    // The newest point: R1-2, exempt in the member database, leaves the denominator.
    assertThat(asAdmin().get("/api/usage/trend?organization=US-X3").body()).containsSubsequence("\"appSnapshotId\":"
        + appOfTheTime + ",\"databaseSnapshotId\":" + databaseOfTheTime, "\"access\":{\"count\":1,\"inActivity\":1,");
  }

  @Test
  void aCommuneCannotReadAnotherCommunesFiguresOrMembers() {
    assertThat(as("xdd.us2").get("/api/usage/rates?organization=US-X&app=" + app).statusCode()).isEqualTo(404);
    assertThat(as("xdd.us2").get(listPath("exempt-not-in-app", "US-X", "csv")).statusCode()).isEqualTo(404);
    assertThat(as("xdd.us2").get("/api/usage/trend?organization=US-X").statusCode()).isEqualTo(404);
    // Its own commune's figures from the province's snapshot: only its own organisations.
    String own = as("xdd.us2").get("/api/usage/rates?organization=US-X2&app=" + app + "&members=" + database).body();
    assertThat(own).contains("\"code\":\"US-Y1\"").doesNotContain("US-B1", "Đảng viên B");
    assertThat(as("xdd.us").get("/api/usage/ranking?organization=US-X&app=" + app).statusCode()).isEqualTo(200);
  }

  @Test
  void aBranchSecretarySeesHisBranchAndItsMembersOnly() {
    assertThat(as("bt.usb1").get("/api/usage/rates?organization=US-B1&app=" + app + "&members=" + database).body())
        .contains("\"text\":\"16,67%\"");
    assertThat(as("bt.usb1").get(listPath("exempt-not-in-app", "US-B1", "csv")).body()).contains("Đảng viên B1-7");
    assertThat(as("bt.usb1").get("/api/usage/rates?organization=US-B2&app=" + app).statusCode()).isEqualTo(404);
    assertThat(as("bt.usb1").get(listPath("organization-mismatch", "US-X", "csv")).statusCode()).isEqualTo(404);
    assertThat(as("bt.usb1").get(listPath("missing-from-app", "US-B2", "csv")).statusCode()).isEqualTo(404);
  }

  @Test
  void aSnapshotThatDoesNotCoverTheOrganisationIsNotFound() {
    String communeOnly = upload("app-members", "US-X2", "2026-03-10T17:00", "Mã đảng viên,Mã tổ chức,Đã kích hoạt,"
        + "Số lần truy cập\nY1-1,US-Y1,Có,1\n");
    assertThat(asAdmin().get("/api/usage/rates?organization=US-X&app=" + communeOnly).statusCode()).isEqualTo(404);
    assertThat(asAdmin().get("/api/usage/rates?organization=US-X&app=" + database).statusCode()).isEqualTo(400);
  }

  private String upload(String kind, String organization, String asOf, String file) {
    HttpResponse<String> response = asAdmin().postFile("/api/usage/" + kind + "/import?organization=" + organization
        + "&asOf=" + asOf, "tep.csv", utf8(file));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return String.valueOf(snapshotId(response));
  }

  private String list(String category, String organization, String format) {
    HttpResponse<String> response = asAdmin().get(listPath(category, organization, format));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private String listPath(String category, String organization, String format) {
    return "/api/usage/reconciliation/members?organization=" + organization + "&app=" + app + "&members=" + database
        + "&category=" + category + "&format=" + format;
  }

  /** The JSON object of one organisation in a list of organisations. */
  private static String row(String body, String code) {
    int start = body.indexOf("{\"code\":\"" + code + "\"");
    assertThat(start).as(code + " in " + body).isNotNegative();
    int end = body.indexOf("{\"code\":", start + 1);
    return body.substring(start, end < 0 ? body.length() : end);
  }

  /** The lines of one band of a ranking, joined by |. */
  private static String lines(String body, String band) {
    String section = body.substring(body.indexOf("{\"band\":\"" + band + "\""));
    int next = section.indexOf("{\"band\":", 1);
    section = next < 0 ? section : section.substring(0, next);
    return String.join("|", java.util.regex.Pattern.compile("\"line\":\"([^\"]*)\"").matcher(section).results()
        .map(match -> match.group(1)).toList());
  }

  private static String members(String prefix, int count, String organization, String status) {
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      rows.append(prefix).append('-').append(i).append(',').append(organization).append(",Đảng viên ").append(prefix)
          .append('-').append(i).append(',').append(status).append('\n');
    }
    return rows.toString();
  }
}
