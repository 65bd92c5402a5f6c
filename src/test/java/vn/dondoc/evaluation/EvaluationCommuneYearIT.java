package vn.dondoc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.testsupport.EngineClock.clockAt;
import static vn.dondoc.testsupport.RestTasks.await;
import static vn.dondoc.testsupport.RestTasks.complete;
import static vn.dondoc.testsupport.RestTasks.count;
import static vn.dondoc.testsupport.RestTasks.field;
import static vn.dondoc.testsupport.RestTasks.completion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.testsupport.DirectiveFixture;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * A commune's year on PostgreSQL, through REST as the people who do it: the demo commune (two
 * grassroots committees, 34 branches) under its own codes, a directive to every branch done on
 * time by ten of them, the app's usage at the end of 2025 and of 2026, inspection results; then the
 * year-end rating: scored in batches by the job executor, a secretary's self-assessment, the
 * committee's points, review, inspection opinion, decision, publication, the table and the notice,
 * and a secretary's individual view. Another branch sees none of it.
 */
class EvaluationCommuneYearIT extends PostgresApplicationTest {

  static final String COMMUNE = "EVDU-SLL";
  static final int DONE = 10;

  @Autowired FollowUpRepository followUps;
  @Autowired JdbcTemplate jdbc;

  @AfterAll
  static void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCommunesYearEndRating() throws Exception {
    clockAt("2026-03-02T09:00:00");
    String tree = demoCommune();
    assertThat(importOrganizations("xa.csv", tree.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    List<String[]> branches = branches(tree);
    assertThat(branches).hasSize(34);
    user("ev.xdd", "xdd:" + COMMUNE);
    user("ev.ubkt", "ubkt:" + COMMUNE);
    user("ev.tt", "tt:" + COMMUNE);
    for (String[] branch : branches) {
      user(branch[1]);
    }
    user("ev.bithu.dbcax");
    user("ev.bithu.dbqsx");

    // A directive to every branch; the first ten do it on time.
    HttpResponse<String> created = as("ev.xdd").postJson("/api/directives", """
        {"number": "12-CV/ĐU", "place": "Sì Lở Lầu", "issuerCode": "EVDU-SLL", "issuingBody": "Ban Thường vụ",
         "subject": "V/v đẩy mạnh sử dụng ứng dụng Sổ tay đảng viên điện tử", "body": "Đề nghị các chi bộ ...",
         "signerName": "Nguyễn Ngọc Thành", "signerTitle": "Phó Bí thư Thường trực", "completeBy": "2026-03-10",
         "requirements": ["Sinh hoạt chi bộ trên ứng dụng"], "targets": [], "references": [],
         "recipients": [{"organizationCode": "EVDU-SLL", "allBranches": true}]}""");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long directiveId = Long.parseLong(field(created.body(), "\"id\":(\\d+)"));
    String directive = field(created.body(), "\"processInstanceId\":\"([^\"]+)\"");
    complete(as("ev.xdd"), directive, "Task_Draft", "{\"draftReady\":{\"value\":true}}");
    complete(as("ev.tt"), directive, "Task_ReviewSign", "{\"signDecision\":{\"value\":\"sign\"}}");
    await("34 follow-ups started", () -> followUps.ofDirective(directiveId).stream()
        .filter(f -> f.processInstanceId() != null).count() == 34);
    for (int b = 0; b < DONE; b++) {
      String pi = DirectiveFixture.followUp(followUps, directiveId, branches.get(b)[0]).processInstanceId();
      complete(as(branches.get(b)[1]), pi, "Task_Acknowledge", "{\"acknowledged\":{\"value\":true}}");
      complete(as(branches.get(b)[1]), pi, "Task_SubmitReport", "{\"workDone\":{\"value\":\"Đã triển khai\"}}");
      complete(as("ev.xdd"), pi, "Task_ReviewReport", "{\"reviewDecision\":{\"value\":\"accept\"}}");
    }

    // The app's figures at the end of 2025 and of 2026, imported by the staff.
    clockAt("2027-01-08T09:00:00");
    importUsage(branches, "2025-12-20T17:00", 2);
    importUsage(branches, "2026-12-20T17:00", 0);
    String violating = branches.get(10)[0];
    long conclusion = jdbc.queryForObject("INSERT INTO dd_inspection_conclusion (organization_code, kind, outcome,"
        + " concluded_on, reference) VALUES (?, 'INSPECTION', 'VIOLATION', ?, 'KL 05-KL/UBKT') RETURNING id", Long.class,
        violating, LocalDate.of(2026, 6, 1));
    for (int i = 0; i < 2; i++) {
      jdbc.update("INSERT INTO dd_inspection_remediation (conclusion_id, organization_code, action, due_on)"
          + " VALUES (?, ?, 'Khắc phục vi phạm', ?)", conclusion, violating, LocalDate.of(2026, 9, 1));
    }

    // The year-end rating.
    assertThat(as(branches.get(0)[1]).postJson("/api/evaluations",
        "{\"parent\":\"EVDU-SLL\",\"kind\":\"YEAR\",\"year\":2026}").statusCode()).isEqualTo(404);
    HttpResponse<String> bad = as("ev.xdd").postJson("/api/evaluations", "{\"parent\":\"EVDU-SLL\",\"kind\":\"QUARTER\",\"year\":2026}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("quarter", "Quý phải từ 1 đến 4");
    HttpResponse<String> started = as("ev.xdd").postJson("/api/evaluations",
        "{\"parent\":\"EVDU-SLL\",\"kind\":\"YEAR\",\"year\":2026}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    assertThat(started.body()).contains("\"period\":\"năm 2026\"", "\"status\":\"REVIEW\"");
    long id = Long.parseLong(field(started.body(), "\"id\":(\\d+)"));
    String evaluation = "/api/evaluations/" + id;
    await("36 ratings scored and self-assessments waiting", () -> as("ev.xdd").get(evaluation).body().contains("\"scored\":36")
        && count(asAdmin(), "/engine-rest/task/count?processDefinitionKey=evaluation-self-assessment"
            + "&processInstanceBusinessKeyLike=DG-" + id + "-%25") == 36);

    String first = branches.get(0)[0];
    String rating = as("ev.xdd").get(evaluation + "/ratings/" + first).body();
    // 100% access (15), 50% regular use (7), from 80% (5), 1/1 on time (15), no meetings data (0 of 0),
    // not inspected (5), nothing to remediate (5): 52 of 55; the committee gives up to 45.
    assertThat(rating).contains("\"dataPoints\":52.00", "\"dataMaximum\":55.00", "\"committeeMaximum\":45.00",
        "\"accessRate\":\"100%\"", "1/1 nhiệm vụ hoàn thành đúng hạn", "\"decisionVersion\":");
    String lagging = as("ev.xdd").get(evaluation + "/ratings/" + violating).body();
    // 20% access (0), 10% regular (2), +20 points (5), 0/1 on time (0), violation (0), two open remediations (0).
    assertThat(lagging).contains("\"dataPoints\":7.00", "0/1 nhiệm vụ hoàn thành đúng hạn", "có vi phạm",
        "2 việc chưa khắc phục");

    // The first branch's secretary assesses his branch; the second sees neither it nor the commune's table.
    Http secretary = as(branches.get(0)[1]);
    String selfTasks = secretary.get("/engine-rest/task?processDefinitionKey=evaluation-self-assessment").body();
    assertThat(count(secretary, "/engine-rest/task/count?processDefinitionKey=evaluation-self-assessment")).isEqualTo(1);
    String selfInstance = field(selfTasks, "\"processInstanceId\":\"([^\"]+)\"");
    complete(secretary, selfInstance, "Task_SelfAssess",
        "{\"selfBand\":{\"value\":\"EXCELLENT\"},\"selfComment\":{\"value\":\"Chi bộ hoàn thành đúng hạn mọi nhiệm vụ\"}}");
    assertThat(secretary.get(evaluation + "/ratings/" + first).body()).contains("\"selfBand\":\"EXCELLENT\"");
    Http other = as(branches.get(1)[1]);
    assertThat(other.get(evaluation + "/ratings/" + first).statusCode()).isEqualTo(404);
    assertThat(other.get(evaluation).statusCode()).isEqualTo(404);
    assertThat(other.get(evaluation + "/table").statusCode()).isEqualTo(404);
    assertThat(count(other, "/engine-rest/task/count?processDefinitionKey=evaluation-self-assessment")).isEqualTo(1);
    assertThat(count(other, "/engine-rest/history/variable-instance/count?variableName=selfComment")).isZero();
    assertThat(other.get(evaluation + "/ratings/" + branches.get(1)[0]).statusCode()).isEqualTo(200);

    // The committee's points, with reasons; bad ones refused in Vietnamese.
    HttpResponse<String> tooMany = as("ev.xdd").postJson(evaluation + "/ratings/" + first + "/committee-points",
        "{\"points\":46,\"reason\":\"Thử\"}");
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("points", "phải từ 0 đến 45");
    assertThat(as("ev.xdd").postJson(evaluation + "/ratings/" + first + "/committee-points", "{\"points\":40}")
        .body()).contains("Thiếu lý do thay đổi");
    assertThat(as("ev.ubkt").postJson(evaluation + "/ratings/" + first + "/committee-points",
        "{\"points\":40,\"reason\":\"Thử\"}").statusCode()).isEqualTo(403);
    HttpResponse<String> points = as("ev.xdd").postJson(evaluation + "/ratings/" + first + "/committee-points",
        "{\"points\":40,\"reason\":\"Lãnh đạo tốt việc triển khai Sổ tay\"}");
    assertThat(points.statusCode()).as(points.body()).isEqualTo(200);
    assertThat(points.body()).contains("\"total\":92.00", "\"band\":\"EXCELLENT\"", "\"changedBy\":\"ev.xdd\"",
        "Lãnh đạo tốt việc triển khai Sổ tay");
    String table = as("ev.xdd").get(evaluation).body();
    // One excellent of one good or better: 20% allows none, so the proposal says so; nobody is downgraded.
    assertThat(table).contains("\"binds\":true", "Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ: xếp thứ 1/1");

    String main = field(as("ev.xdd").get("/engine-rest/process-instance?businessKey=DG-" + id).body(), "\"id\":\"([^\"]+)\"");
    complete(as("ev.xdd"), main, "Task_Review", "{\"reviewNote\":{\"value\":\"Đề nghị giữ mức xuất sắc\"}}");
    // An opinion left blank is the caller's error, in Vietnamese, and the task stays open.
    HttpResponse<String> blank = completion(as("ev.ubkt"), main, "Task_InspectionOpinion",
        "{\"inspectionOpinion\":{\"value\":\" \"}}");
    assertThat(blank.statusCode()).as(blank.body()).isEqualTo(400);
    assertThat(blank.body()).contains("Ý kiến của Ủy ban Kiểm tra", "là bắt buộc");
    assertThat(count(as("ev.ubkt"), "/engine-rest/task/count?processInstanceId=" + main
        + "&taskDefinitionKey=Task_InspectionOpinion")).isEqualTo(1);
    complete(as("ev.ubkt"), main, "Task_InspectionOpinion", "{\"inspectionOpinion\":{\"value\":\"Nhất trí\"}}");
    complete(as("ev.tt"), main, "Task_Decide", "{\"decision\":{\"value\":\"APPROVE\"}}");
    await("published", () -> as("ev.tt").get(evaluation).body().contains("\"status\":\"PUBLISHED\""));
    assertThat(count(asAdmin(), "/engine-rest/task/count?processDefinitionKey=evaluation-self-assessment"
        + "&processInstanceBusinessKeyLike=DG-" + id + "-%25")).isZero();

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(as("ev.xdd").getBytes(evaluation + "/table")))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Mức xếp loại");
      assertThat(sheet.getLastRowNum()).isEqualTo(36);
      List<String> firstRow = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        if (sheet.getRow(r).getCell(1).getStringCellValue().equals(first)) {
          sheet.getRow(r).forEach(c -> firstRow.add(c.getStringCellValue()));
        }
      }
      assertThat(firstRow).contains(first, "92", "Hoàn thành xuất sắc nhiệm vụ");
    }
    try (XWPFDocument notice = new XWPFDocument(new ByteArrayInputStream(
        as("ev.xdd").getBytes(evaluation + "/notice?number=05&place=S%C3%AC%20L%E1%BB%9F%20L%E1%BA%A7u")));
        XWPFWordExtractor text = new XWPFWordExtractor(notice)) {
      assertThat(text.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 05-TB/ĐU", "THÔNG BÁO",
          "Kết quả đánh giá, xếp loại chất lượng tổ chức đảng năm 2026", "Hoàn thành xuất sắc nhiệm vụ: 1 tổ chức",
          "T/M BAN THƯỜNG VỤ");
    }
    String leader = secretary.get(evaluation + "/ratings/" + first + "/leader").body();
    assertThat(leader).contains("\"userId\":\"" + branches.get(0)[1] + "\"", "được xếp loại hoàn thành xuất sắc nhiệm vụ năm 2026",
        "tỷ lệ truy cập ứng dụng 100%");
  }

  /** The demo commune under codes and user ids of this test's own (EV…, ev.bithu.…). */
  private static String demoCommune() throws IOException {
    try (InputStream in = EvaluationCommuneYearIT.class.getResourceAsStream("/organization/xa-si-lo-lau.csv")) {
      String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return csv.replaceAll("(?m)(^|,)(TU-LC|BTC-LC|DU-|DB-|CB-)", "$1EV$2").replaceAll("\\b(pho)?bithu\\.", "ev.$1bithu.");
    }
  }

  /** Code and secretary (or deputy) of every branch, in the file's order. */
  private static List<String[]> branches(String tree) {
    java.util.regex.Pattern leader = java.util.regex.Pattern.compile(",(ev\\.(?:pho)?bithu\\.[a-z0-9]+),");
    return tree.lines().filter(l -> l.startsWith("EVCB-")).map(l -> {
      var matcher = leader.matcher(l);
      assertThat(matcher.find()).as(l).isTrue();
      return new String[] {l.substring(0, l.indexOf(',')), matcher.group(1)};
    }).collect(Collectors.toList());
  }

  /**
   * Ten members per branch; branch i has 10 − 2·(i mod 6) accessed, half of them regular users, and
   * {@code fewer} fewer accessed in the earlier snapshot.
   */
  private void importUsage(List<String[]> branches, String asOf, int fewer) {
    StringBuilder csv = new StringBuilder("Mã đảng viên,Mã tổ chức,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập,Miễn sinh hoạt\n");
    String last = LocalDateTime.parse(asOf).minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    for (int i = 0; i < branches.size(); i++) {
      int accessed = Math.max(0, 10 - 2 * (i % 6) - fewer);
      for (int m = 0; m < 10; m++) {
        csv.append(branches.get(i)[0]).append("-DV").append(m).append(',').append(branches.get(i)[0]).append(",Có,")
            .append(m < accessed / 2 ? last + ",5" : m < accessed ? last + ",1" : ",0").append(",Không\n");
      }
    }
    HttpResponse<String> imported = as("ev.xdd").postFile("/api/usage/app-members/import?organization=" + COMMUNE
        + "&asOf=" + asOf, "so-tay.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

}
