package vn.dondoc.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.testsupport.EngineClock.clockAt;
import static vn.dondoc.testsupport.RestTasks.await;
import static vn.dondoc.testsupport.RestTasks.complete;
import static vn.dondoc.testsupport.RestTasks.count;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.PostgresApplicationTest;
import vn.dondoc.testsupport.RequestedInspection;
import vn.dondoc.testsupport.RestTasks;

/**
 * On PostgreSQL, through REST: the demo-sized commune (the demo's tree, codes prefixed) with two app
 * usage imports and a directive followed up by every branch; the inspection committee selects for the
 * quarter, the selection starts thematic supervisions and asks for inspections; one supervision runs to
 * its conclusion as the committee and the standing committee; a branch secretary sees none of another
 * branch's supervision.
 */
class SupervisionIT extends PostgresApplicationTest {

  private static final String P = "GS";
  private static final String COMMUNE = P + "-DU-SLL";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Branches in the usage imports: {code, members, accessed in February, accessed in March}. */
  private static final Object[][] USAGE = {
      {"CB-LUNGTHANG", 20, 20, 20},  // commended, done on time: nothing to do
      {"CB-BANMOI", 12, 2, 2},       // low: thematic supervision
      {"CB-GIAKHAU", 10, 0, 0},      // not deployed and overdue: inspection
      {"CB-SILOLAU", 10, 9, 5}};     // fell by 40 points: thematic supervision

  @Autowired FollowUpRepository followUps;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @AfterAll
  static void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCommitteeSelectsSupervisesAndConcludesAndBranchesSeeOnlyTheirOwn() throws Exception {
    clockAt("2026-03-02T09:00:00");
    HttpResponse<String> imported = importOrganizations("xa.csv", commune());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    user("gs.xdd", "xdd:" + COMMUNE);
    user("gs.tt", "tt:" + COMMUNE);
    user("gs.ubkt", "ubkt:" + COMMUNE);
    user("gs.bithu.lungthang");
    user("gs.phobithu.banmoi");
    importUsage("2026-02-28T17:00", 2);
    long directive = directiveToEveryBranch();
    for (String done : List.of("CB-LUNGTHANG", "CB-SILOLAU")) {
      followUpDone(directive, P + "-" + done);
    }
    clockAt("2026-03-11T09:00:00");
    importUsage("2026-03-10T17:00", 3);

    clockAt("2026-03-12T09:00:00");
    HttpResponse<String> selected = as("gs.ubkt").postJson("/api/selections",
        "{\"organization\": \"" + COMMUNE + "\", \"period\": \"2026-Q1\"}");
    assertThat(selected.statusCode()).as(selected.body()).isEqualTo(200);
    Map<String, JsonNode> byCode = new LinkedHashMap<>();
    JSON.readTree(selected.body()).forEach(row -> byCode.put(row.get("organizationCode").asText(), row));
    assertThat(byCode).hasSize(36).doesNotContainKey(COMMUNE);
    assertRow(byCode.get(P + "-CB-LUNGTHANG"), "NONE", "COMMENDED", 0);
    assertRow(byCode.get(P + "-CB-BANMOI"), "SUPERVISE", "LOW", 1);
    assertRow(byCode.get(P + "-CB-GIAKHAU"), "INSPECT", "NOT_DEPLOYED", 1);
    JsonNode fell = byCode.get(P + "-CB-SILOLAU");
    assertRow(fell, "SUPERVISE", "MIDDLE", 0);
    assertThat(fell.at("/inputs/accessTrend").decimalValue()).isEqualByComparingTo("-40.00");
    assertThat(fell.get("reason").asText()).isEqualTo("Tỷ lệ truy cập giảm hơn 10 điểm phần trăm so với lần số liệu trước");
    assertThat(byCode.get(P + "-CB-GIAKHAU").get("inspectionRequested").asBoolean()).isTrue();
    String giaKhau = "LC-" + byCode.get(P + "-CB-GIAKHAU").get("id").asLong();
    assertThat(RequestedInspection.of(jdbc, engine, giaKhau))
        .containsExactly(new RequestedInspection(P + "-CB-GIAKHAU", "SELECTION", giaKhau, "gs.ubkt", "inspection"));
    assertThat(byCode.values()).allSatisfy(row -> {
      assertThat(row.at("/decision/key").asText()).isEqualTo("inspection-selection");
      assertThat(row.at("/decision/version").asInt()).isPositive();
      assertThat(row.at("/inputs/meetingsMissed").isNull()).isTrue();
    });

    JsonNode open = JSON.readTree(as("gs.ubkt").get("/api/supervisions?organization=" + COMMUNE + "&open=true").body());
    JsonNode banMoi = find(open, P + "-CB-BANMOI");
    assertThat(banMoi.get("kind").asText()).isEqualTo("THEMATIC");
    assertThat(banMoi.get("status").asText()).isEqualTo("PLANNING");
    long id = banMoi.get("id").asLong();
    String instance = banMoi.get("processInstanceId").asText();

    // Another branch's secretary sees neither the supervision nor its tasks; the branch's own deputy sees it.
    Http otherBranch = as("gs.bithu.lungthang");
    assertThat(otherBranch.get("/api/supervisions/" + id).statusCode()).isEqualTo(404);
    assertThat(otherBranch.get("/api/supervisions?organization=" + P + "-CB-BANMOI").statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(otherBranch.get("/api/supervisions?organization=" + P + "-CB-LUNGTHANG&open=true").body()))
        .isEmpty();
    assertThat(otherBranch.get("/api/selections?organization=" + COMMUNE).statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(otherBranch.get("/api/selections?organization=" + P + "-CB-LUNGTHANG").body()))
        .extracting(row -> row.get("organizationCode").asText()).containsExactly(P + "-CB-LUNGTHANG");
    assertThat(otherBranch.postJson("/api/selections", "{\"organization\": \"" + COMMUNE + "\", \"period\": \"2026-Q1\"}")
        .statusCode()).isEqualTo(404);
    assertThat(count(otherBranch, "/engine-rest/task/count?processInstanceId=" + instance)).isZero();
    assertThat(as("gs.phobithu.banmoi").get("/api/supervisions/" + id).statusCode()).isEqualTo(200);
    assertThat(as("gs.phobithu.banmoi").postJson("/api/supervisions/" + id + "/findings", "{\"text\": \"Tự ghi\"}")
        .statusCode()).isEqualTo(403);

    // The supervision as the committee and the standing committee, through the engine's REST API.
    complete(as("gs.ubkt"), instance, "Task_PlanThematic", "{\"subject\":{\"value\":\"Việc sử dụng Sổ tay đảng viên\"},"
        + "\"plan\":{\"value\":\"Làm việc với chi bộ ngày 20/3\"},\"dueOn\":{\"value\":\"2026-03-25\"}}");
    // A plan returned without a reason is the caller's error, in Vietnamese, and the task stays open.
    HttpResponse<String> noReason = RestTasks.completion(as("gs.tt"), instance, "Task_ApprovePlan",
        "{\"approved\":{\"value\":false}}");
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    assertThat(noReason.body()).contains("Trả lại kế hoạch cần ghi lý do");
    assertThat(count(as("gs.tt"), "/engine-rest/task/count?processInstanceId=" + instance
        + "&taskDefinitionKey=Task_ApprovePlan")).isEqualTo(1);
    complete(as("gs.tt"), instance, "Task_ApprovePlan", "{\"approved\":{\"value\":true}}");
    HttpResponse<String> noted = as("gs.ubkt").postJson("/api/supervisions/" + id + "/findings",
        "{\"text\": \"Mới 2/12 đảng viên truy cập\"}");
    assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);
    HttpResponse<String> outside = as("gs.ubkt").postJson("/api/supervisions/" + id + "/findings",
        "{\"organizationCode\": \"" + P + "-CB-GIAKHAU\", \"text\": \"x\"}");
    assertThat(outside.statusCode()).isEqualTo(400);
    assertThat(outside.body()).contains("organizationCode", "không thuộc Chi bộ");
    complete(as("gs.ubkt"), instance, "Task_RecordFindings", "{\"findings\":{\"value\":\"Chi bộ chưa hướng dẫn đảng viên\"}}");
    complete(as("gs.ubkt"), instance, "Task_Conclude", "{\"outcome\":{\"value\":\"SHORTCOMINGS\"},"
        + "\"conclusion\":{\"value\":\"Có hạn chế, đề nghị khắc phục\"},\"raiseInspection\":{\"value\":false}}");

    JsonNode concluded = JSON.readTree(as("gs.ubkt").get("/api/supervisions/" + id).body());
    assertThat(concluded.get("status").asText()).isEqualTo("CONCLUDED");
    assertThat(concluded.get("outcome").asText()).isEqualTo("SHORTCOMINGS");
    assertThat(concluded.get("findings")).extracting(f -> f.get("recordedBy").asText()).containsExactly("gs.ubkt", "gs.ubkt");
    assertThat(JSON.readTree(as("gs.ubkt").get("/api/supervisions?organization=" + P + "-CB-BANMOI&open=true").body())).isEmpty();

    // Bad input: every wrong field named in Vietnamese, nothing started.
    HttpResponse<String> bad = as("gs.ubkt").postJson("/api/supervisions",
        "{\"kind\": \"MONTHLY\", \"organizationCode\": \"" + P + "-CB-BANMOI\", \"period\": \"Q1-2026\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("Loại giám sát \\\"MONTHLY\\\" không có", "Kỳ \\\"Q1-2026\\\" không hợp lệ");
    HttpResponse<String> regular = as("gs.ubkt").postJson("/api/supervisions",
        "{\"kind\": \"REGULAR\", \"organizationCode\": \"" + COMMUNE + "\", \"period\": \"2026-03\"}");
    assertThat(regular.statusCode()).as(regular.body()).isEqualTo(201);
    HttpResponse<String> twice = as("gs.ubkt").postJson("/api/supervisions",
        "{\"kind\": \"REGULAR\", \"organizationCode\": \"" + COMMUNE + "\", \"period\": \"2026-03\"}");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("Đã có giám sát thường xuyên của Đảng ủy xã Sì Lở Lầu Tháng 3/2026");
    assertThat(as("gs.xdd").postJson("/api/supervisions", "{\"kind\": \"THEMATIC\", \"organizationCode\": \"" + P
        + "-CB-BANMOI\", \"period\": \"2026-Q2\", \"subject\": \"x\"}").statusCode()).isEqualTo(403);

    HttpResponse<String> page = Http.browser(port, "gs.ubkt", PASSWORD).get("/supervision?organization=" + COMMUNE, "text/html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Giám sát, kiểm tra", "data-organization=\"" + COMMUNE + "\"");
    assertThat(Http.browser(port, "gs.ubkt", PASSWORD).get("/", "text/html").body())
        .contains("/supervision?organization=" + COMMUNE);

    // The directive has served: withdrawn, its 34 overdue follow-ups stop their daily reminders, which
    // would otherwise keep the shared job executor busy for the integration tests that follow.
    assertThat(as("gs.xdd").postJson("/api/directives/" + directive + "/withdraw", "{}").statusCode()).isEqualTo(204);
    await("follow-ups withdrawn", () -> followUps.ofDirective(directive).stream().allMatch(f -> f.withdrawnAt() != null
        || f.completedAt() != null));
  }

  private static void assertRow(JsonNode row, String action, String band, int overdue) {
    assertThat(row.get("action").asText()).as(row.toString()).isEqualTo(action);
    assertThat(row.at("/inputs/usageBand").asText()).as(row.toString()).isEqualTo(band);
    assertThat(row.at("/inputs/overdueFollowUps").asInt()).as(row.toString()).isEqualTo(overdue);
  }

  private static JsonNode find(JsonNode list, String organizationCode) {
    for (JsonNode row : list) {
      if (row.get("organizationCode").asText().equals(organizationCode)) {
        return row;
      }
    }
    throw new AssertionError("Không có " + organizationCode + " trong " + list);
  }

  /** The demo commune of the letters (src/main/resources/organization/xa-si-lo-lau.csv) with codes and users prefixed. */
  private static byte[] commune() throws IOException {
    String csv;
    try (InputStream in = SupervisionIT.class.getResourceAsStream("/organization/xa-si-lo-lau.csv")) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> codes = new ArrayList<>();
    csv.lines().skip(1).forEach(line -> codes.add(line.substring(0, line.indexOf(','))));
    String prefixed = csv;
    for (String code : codes) {
      prefixed = prefixed.replaceAll("(?m)(^|,)" + Pattern.quote(code) + "(?=,)", "$1" + P + "-" + Matcher.quoteReplacement(code));
    }
    return prefixed.replace(",bithu.", ",gs.bithu.").replace(",phobithu.", ",gs.phobithu.")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** App statistics of the four branches of {@link #USAGE}; {@code column} 2 is February's, 3 March's. */
  private void importUsage(String asOf, int column) {
    StringBuilder app = new StringBuilder("Mã đảng viên,Mã tổ chức,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập,Miễn sinh hoạt\n");
    for (Object[] branch : USAGE) {
      String code = P + "-" + branch[0];
      for (int m = 0; m < (int) branch[1]; m++) {
        app.append(code).append("-DV").append(m).append(',').append(code).append(",Có,")
            .append(m < (int) branch[column] ? "01/02/2026 08:00,5" : ",0").append(",Không\n");
      }
    }
    HttpResponse<String> response = as("gs.xdd").postFile("/api/usage/app-members/import?organization=" + COMMUNE + "&asOf="
        + asOf, "so-lieu.csv", app.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  /** A directive of the commune to every branch, due 10/03/2026, signed and fanned out. */
  private long directiveToEveryBranch() throws Exception {
    HttpResponse<String> created = as("gs.xdd").postJson("/api/directives", """
        {"number": "273-CV/ĐU", "place": "Sì Lở Lầu", "issuerCode": "%s", "issuingBody": "Ban Thường vụ",
         "subject": "V/v đẩy mạnh sử dụng ứng dụng Sổ tay đảng viên điện tử", "body": "Đề nghị các chi bộ ...",
         "signerName": "Nguyễn Ngọc Thành", "signerTitle": "Phó Bí thư Thường trực", "completeBy": "2026-03-10",
         "requirements": ["Sinh hoạt chi bộ trên ứng dụng"], "targets": [], "references": [],
         "recipients": [{"organizationCode": "%s", "allBranches": true}]}""".formatted(COMMUNE, COMMUNE));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode directive = JSON.readTree(created.body());
    long id = directive.get("id").asLong();
    String instance = directive.get("processInstanceId").asText();
    complete(as("gs.xdd"), instance, "Task_Draft", "{\"draftReady\":{\"value\":true}}");
    complete(as("gs.tt"), instance, "Task_ReviewSign", "{\"signDecision\":{\"value\":\"sign\"}}");
    await("follow-ups started", () -> !followUps.ofDirective(id).isEmpty()
        && followUps.ofDirective(id).stream().allMatch(f -> f.processInstanceId() != null));
    return id;
  }

  private void followUpDone(long directive, String branch) {
    FollowUp followUp = followUps.ofDirective(directive).stream().filter(f -> f.organizationCode().equals(branch))
        .findFirst().orElseThrow();
    user(followUp.responsibleUserId());
    Http secretary = as(followUp.responsibleUserId());
    complete(secretary, followUp.processInstanceId(), "Task_Acknowledge", "{\"acknowledged\":{\"value\":true}}");
    complete(secretary, followUp.processInstanceId(), "Task_SubmitReport", "{\"workDone\":{\"value\":\"Đã họp chi bộ\"}}");
    complete(as("gs.xdd"), followUp.processInstanceId(), "Task_ReviewReport", "{\"reviewDecision\":{\"value\":\"accept\"}}");
  }

}
