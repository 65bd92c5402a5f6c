package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.usage.UsageImportIT.snapshotId;
import static vn.dondoc.usage.UsageImportIT.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * Bands per committee on PostgreSQL through the REST API: a commune sets its own and its ranking,
 * rates, letter and review follow them while another commune keeps the defaults, then inherits its
 * province's; who may change them, bad values, and the history. The tests run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UsageBandsIT extends PostgresApplicationTest {

  static final String TREE = """
      Mã;Tên;Loại;Mã cấp trên
      BD-T;Tỉnh ủy Xếp Loại;Tỉnh ủy;
      BD-X;Đảng ủy xã Một;Đảng ủy xã;BD-T
      BD-A;Chi bộ thôn A;Chi bộ cơ sở;BD-X
      BD-B;Chi bộ thôn B;Chi bộ cơ sở;BD-X
      BD-C;Chi bộ thôn C;Chi bộ cơ sở;BD-X
      BD-D;Chi bộ thôn D;Chi bộ cơ sở;BD-X
      BD-X2;Đảng ủy xã Hai;Đảng ủy xã;BD-T
      BD-E;Chi bộ thôn E;Chi bộ cơ sở;BD-X2
      BD-F;Chi bộ thôn F;Chi bộ cơ sở;BD-X2
      """;
  static final String HEADER = "Mã tổ chức,Số đảng viên,Số miễn sinh hoạt,Số đã kích hoạt,Số đã truy cập,Số sử dụng thường xuyên\n";
  /** Access: A 92%, B 40%, C 0%, D 100%. */
  static final String COMMUNE = HEADER + "BD-A,100,0,100,92,0\nBD-B,10,0,10,4,0\nBD-C,10,0,0,0,0\nBD-D,10,0,10,10,0\n";
  /** Access: E 92%, F 30%. */
  static final String OTHER = HEADER + "BD-E,100,0,100,92,0\nBD-F,10,0,10,3,0\n";

  final ObjectMapper json = new ObjectMapper();
  String commune;
  String other;

  @BeforeAll
  void twoCommunesWithTheSameFigures() {
    HttpResponse<String> imported = importOrganizations("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    user("xdd.bd", "xdd:BD-X");
    user("xdd.bd2", "xdd:BD-X2");
    user("ubkt.bd", "ubkt:BD-X");
    user("bt.bda", "org:BD-A");
    commune = upload("BD-X", "2026-03-10T17:00", COMMUNE);
    other = upload("BD-X2", "2026-03-10T17:00", OTHER);
  }

  @Test
  @Order(1)
  void withoutAnyChangeTheDefaultsOfTheLettersApply() throws IOException {
    JsonNode bands = read("bt.bda", "/api/usage/bands?organization=BD-A");
    assertThat(bands.get("committeeCode").asText()).as("a branch reads its commune's").isEqualTo("BD-X");
    assertThat(bands.get("source").asText()).isEqualTo("DEFAULT");
    assertThat(bands.get("commendedFrom").asText() + "/" + bands.get("lowUpTo").asText()).isEqualTo("100/25");
    assertThat(bands.get("history")).isEmpty();
    assertThat(ranking("BD-X")).containsExactly("COMMENDED: Chi bộ thôn D 100%", "MIDDLE: Chi bộ thôn A 92%; Chi bộ thôn B 40%",
        "LOW: ", "NOT_DEPLOYED: Chi bộ thôn C 0%", "NO_DATA: ");
  }

  @Test
  @Order(2)
  void onlyAdministratorsAndThePartyBuildingStaffOfTheCommitteeChangeThem() {
    HttpResponse<String> secretary = as("bt.bda").putJson("/api/usage/bands?organization=BD-A", VALID);
    assertThat(secretary.statusCode()).isEqualTo(403);
    assertThat(secretary.body()).contains("Chỉ quản trị viên hoặc Ban Xây dựng Đảng của cấp ủy phụ trách Chi bộ thôn A");
    assertThat(as("bt.bda").putJson("/api/usage/bands?organization=BD-X", VALID).statusCode()).isEqualTo(404);
    assertThat(as("bt.bda").delete("/api/usage/bands?organization=BD-A").statusCode()).isEqualTo(403);
    assertThat(as("ubkt.bd").putJson("/api/usage/bands?organization=BD-X", VALID).statusCode()).isEqualTo(403);
    assertThat(as("xdd.bd2").putJson("/api/usage/bands?organization=BD-X", VALID).statusCode()).isEqualTo(404);
    assertThat(as("xdd.bd").putJson("/api/usage/bands?organization=BD-T", VALID).statusCode()).isEqualTo(404);
    HttpResponse<String> branch = as("xdd.bd").putJson("/api/usage/bands?organization=BD-A", VALID);
    assertThat(branch.statusCode()).isEqualTo(400);
    assertThat(branch.body()).contains("\"field\":\"organization\"", "dùng organization=BD-X");
    assertThat(as("xdd.bd").get("/api/usage/bands?organization=BD-X").body()).contains("\"source\":\"DEFAULT\"");
  }

  @Test
  @Order(3)
  void badValuesAreRefusedByFieldAndNothingIsSaved() throws IOException {
    assertRefused("{\"commendedFrom\":101,\"lowUpTo\":25}", "commendedFrom", "không quá 100%, không phải 101%");
    assertRefused("{\"commendedFrom\":0,\"lowUpTo\":25}", "commendedFrom", "lớn hơn 0%");
    assertRefused("{\"commendedFrom\":90,\"lowUpTo\":\"90\"}", "lowUpTo", "Mức tỷ lệ thấp (90%) phải nhỏ hơn mức biểu dương (90%)");
    assertRefused("{\"commendedFrom\":90,\"lowUpTo\":0}", "lowUpTo", "0% là chưa triển khai");
    assertRefused("{\"commendedFrom\":90,\"lowUpTo\":-5}", "lowUpTo", "lớn hơn 0%");
    assertRefused("{\"commendedFrom\":90,\"lowUpTo\":\"nhiều\"}", "lowUpTo", "phải là một số phần trăm");
    assertRefused("{\"commendedFrom\":90,\"lowUpTo\":12.345}", "lowUpTo", "tối đa 2 chữ số thập phân");
    assertRefused("{\"lowUpTo\":25}", "commendedFrom", "Thiếu mức biểu dương");
    assertRefused("", "commendedFrom", "Thiếu mức biểu dương");
    JsonNode bands = read("xdd.bd", "/api/usage/bands?organization=BD-X");
    assertThat(bands.get("source").asText()).isEqualTo("DEFAULT");
    assertThat(bands.get("history")).isEmpty();
  }

  @Test
  @Order(4)
  void aCommunesOwnBandsRankItsBranchesWhileAnotherCommuneKeepsTheDefaults() throws IOException {
    HttpResponse<String> set = as("xdd.bd").putJson("/api/usage/bands?organization=BD-X", VALID);
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    JsonNode bands = json.readTree(set.body());
    assertThat(bands.get("source").asText()).isEqualTo("OWN");
    assertThat(bands.get("text").asText()).isEqualTo("Biểu dương: từ 90%; tỷ lệ thấp: trên 0% đến 50,5%; chưa triển khai: 0%");
    JsonNode change = bands.get("history").get(0);
    assertThat(change.get("before").isNull()).isTrue();
    assertThat(change.get("after").get("commendedFrom").asText() + "/" + change.get("after").get("lowUpTo").asText())
        .isEqualTo("90/50.5");
    assertThat(change.get("changedBy").asText()).isEqualTo("xdd.bd");

    assertThat(ranking("BD-X")).containsExactly("COMMENDED: Chi bộ thôn D 100%; Chi bộ thôn A 92%", "MIDDLE: ",
        "LOW: Chi bộ thôn B 40%", "NOT_DEPLOYED: Chi bộ thôn C 0%", "NO_DATA: ");
    assertThat(rates("BD-X")).contains("BD-A COMMENDED", "BD-B LOW", "BD-C NOT_DEPLOYED", "BD-D COMMENDED");
    try (XWPFDocument letter = new XWPFDocument(new ByteArrayInputStream(
        asAdmin().getBytes("/api/usage/letter?organization=BD-X&app=" + commune)))) {
      List<String> body = letter.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(body).containsSubsequence("Biểu dương:", "- Chi bộ thôn D 100%;", "- Chi bộ thôn A 92%.",
          "Tỷ lệ thấp:", "- Chi bộ thôn B 40%.", "Chưa triển khai:", "- Chi bộ thôn C 0%.");
    }
    // The other commune, same figures: still the defaults of the letters.
    assertThat(ranking("BD-X2")).containsExactly("COMMENDED: ", "MIDDLE: Chi bộ thôn E 92%; Chi bộ thôn F 30%", "LOW: ",
        "NOT_DEPLOYED: ", "NO_DATA: ");
    assertThat(rates("BD-X2")).contains("BD-E MIDDLE", "BD-F MIDDLE");
  }

  @Test
  @Order(5)
  void theReviewOfANewImportCountsWithTheCommunesBands() throws IOException {
    String later = upload("BD-X", "2026-03-20T17:00", COMMUNE);
    JsonNode reviews = read("xdd.bd", "/api/usage/reviews?organization=BD-X");
    assertThat(reviews.get(0).get("snapshotId").asText()).isEqualTo(later);
    assertThat(reviews.get(0).get("toRemediate").asInt()).as("B low and C not deployed").isEqualTo(2);
    assertThat(reviews.get(1).get("toRemediate").asInt()).as("imported under the defaults: C only").isEqualTo(1);
  }

  @Test
  @Order(6)
  void aCommuneWithoutItsOwnInheritsItsProvincesAndMayGoBackToThem() throws IOException {
    HttpResponse<String> province = asAdmin().putJson("/api/usage/bands?organization=BD-T",
        "{\"commendedFrom\":\"95\",\"lowUpTo\":\"30,00%\"}");
    assertThat(province.statusCode()).as(province.body()).isEqualTo(200);
    JsonNode inherited = read("xdd.bd2", "/api/usage/bands?organization=BD-X2");
    assertThat(inherited.get("source").asText()).isEqualTo("INHERITED");
    assertThat(inherited.get("fromCode").asText()).isEqualTo("BD-T");
    assertThat(inherited.get("sourceLabel").asText()).isEqualTo("Theo cấp ủy cấp trên (Tỉnh ủy Xếp Loại)");
    assertThat(ranking("BD-X2")).containsExactly("COMMENDED: ", "MIDDLE: Chi bộ thôn E 92%", "LOW: Chi bộ thôn F 30%",
        "NOT_DEPLOYED: ", "NO_DATA: ");
    assertThat(read("xdd.bd", "/api/usage/bands?organization=BD-X").get("source").asText()).as("its own win").isEqualTo("OWN");

    HttpResponse<String> removed = as("xdd.bd").delete("/api/usage/bands?organization=BD-X");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    JsonNode back = json.readTree(removed.body());
    assertThat(back.get("source").asText()).isEqualTo("INHERITED");
    assertThat(back.get("commendedFrom").asText() + "/" + back.get("lowUpTo").asText()).isEqualTo("95/30");
    assertThat(back.get("history")).hasSize(2);
    assertThat(json.readTree(as("xdd.bd").delete("/api/usage/bands?organization=BD-X").body()).get("history"))
        .as("nothing to remove, nothing recorded").hasSize(2);
    JsonNode newest = back.get("history").get(0);
    assertThat(newest.get("before").get("text").asText()).contains("từ 90%", "50,5%");
    assertThat(newest.get("after").isNull()).isTrue();
    // The province's 95% and 30%: A is no longer commended, B (40%) no longer low.
    assertThat(ranking("BD-X")).containsExactly("COMMENDED: Chi bộ thôn D 100%",
        "MIDDLE: Chi bộ thôn A 92%; Chi bộ thôn B 40%", "LOW: ", "NOT_DEPLOYED: Chi bộ thôn C 0%", "NO_DATA: ");
  }

  static final String VALID = "{\"commendedFrom\":90,\"lowUpTo\":\"50,5\"}";

  private void assertRefused(String body, String field, String message) {
    HttpResponse<String> response = as("xdd.bd").putJson("/api/usage/bands?organization=BD-X", body);
    assertThat(response.statusCode()).as(body + " → " + response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"", message);
  }

  /** Each band as "BAND: name rate; name rate", in the ranking's order. */
  private List<String> ranking(String organization) throws IOException {
    String app = organization.equals("BD-X") ? commune : other;
    JsonNode ranking = read(ADMIN, "/api/usage/ranking?organization=" + organization + "&app=" + app);
    return StreamSupport.stream(ranking.get("bands").spliterator(), false).map(band -> band.get("band").asText() + ": "
        + String.join("; ", StreamSupport.stream(band.get("organizations").spliterator(), false)
            .map(o -> o.get("line").asText()).toList())).toList();
  }

  /** Each organisation as "code band". */
  private List<String> rates(String organization) throws IOException {
    String app = organization.equals("BD-X") ? commune : other;
    JsonNode rates = read(ADMIN, "/api/usage/rates?organization=" + organization + "&app=" + app);
    return StreamSupport.stream(rates.get("organizations").spliterator(), false)
        .map(o -> o.get("code").asText() + " " + o.get("band").asText()).toList();
  }

  private JsonNode read(String userId, String path) throws IOException {
    HttpResponse<String> response = userId.equals(ADMIN) ? asAdmin().get(path) : as(userId).get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private String upload(String organization, String asOf, String file) {
    HttpResponse<String> response = asAdmin().postFile("/api/usage/app-organizations/import?organization=" + organization
        + "&asOf=" + asOf, "tep.csv", utf8(file));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return String.valueOf(snapshotId(response));
  }
}
