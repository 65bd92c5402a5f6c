package vn.dondoc.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.testsupport.EngineClock.clockAt;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.testsupport.DirectiveFixture;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.PostgresApplicationTest;
import vn.dondoc.testsupport.RestTasks;
import vn.dondoc.testsupport.TestSmtp;

/**
 * The whole cycle on PostgreSQL with the real job executor and a real SMTP server: a commune's
 * directive to its 35 branches is created, drafted, signed and fanned out over REST; 20 branch
 * secretaries acknowledge and report as themselves through the engine REST API and staff accept;
 * three days before the deadline the other 15 get reminder mails; the consolidation matches.
 */
class DirectiveFollowUpIT extends PostgresApplicationTest {

  static final int BRANCHES = 35;
  static final int DONE = 20;

  @Autowired
  FollowUpRepository followUps;

  @AfterAll
  static void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCommuneDirectiveToThirtyFiveBranches() throws Exception {
    clockAt("2026-03-02T09:00:00");
    assertThat(importOrganizations("xa.csv", commune().getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    user("dr.xdd", "xdd:DR-X");
    user("dr.tt", "tt:DR-X");
    for (int b = 1; b <= BRANCHES; b++) {
      user("dr.b" + b);
    }

    HttpResponse<String> created = as("dr.xdd").postJson("/api/directives", """
        {"number": "273-CV/ĐU", "place": "Sì Lở Lầu", "issuerCode": "DR-X", "issuingBody": "Ban Thường vụ",
         "subject": "V/v đẩy mạnh sử dụng ứng dụng Sổ tay đảng viên điện tử", "body": "Đề nghị các chi bộ ...",
         "signerName": "Nguyễn Ngọc Thành", "signerTitle": "Phó Bí thư Thường trực", "completeBy": "2026-03-10",
         "requirements": ["Sinh hoạt chi bộ trên ứng dụng", "Báo cáo số tài khoản đã kích hoạt"],
         "targets": [{"indicator": "Tỷ lệ đảng viên truy cập", "comparator": "≥", "value": 95, "unit": "%"}],
         "references": ["Kế hoạch số 22-KH/ĐU ngày 30/10/2025"],
         "recipients": [{"organizationCode": "DR-X", "allBranches": true}]}""");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Long.parseLong(RestTasks.field(created.body(), "\"id\":(\\d+)"));
    String instance = RestTasks.field(created.body(), "\"processInstanceId\":\"([^\"]+)\"");

    RestTasks.complete(as("dr.xdd"), instance, "Task_Draft", "{\"draftReady\":{\"value\":true}}");
    RestTasks.complete(as("dr.tt"), instance, "Task_ReviewSign", "{\"signDecision\":{\"value\":\"sign\"}}");
    RestTasks.await("35 follow-ups started",
        () -> followUps.ofDirective(id).stream().filter(f -> f.processInstanceId() != null).count() == BRANCHES
        // This directive's tasks only: other tests' follow-ups may still wait in the shared database.
        && RestTasks.count(asAdmin(), "/engine-rest/task/count?taskDefinitionKey=Task_Acknowledge"
            + "&processInstanceBusinessKeyLike=CV-" + id + "-%25") == BRANCHES);
    RestTasks.await("35 assignment mails", () -> mails("Giao thực hiện").size() == BRANCHES);

    for (int b = 1; b <= DONE; b++) {
      Http secretary = as("dr.b" + b);
      String pi = DirectiveFixture.followUp(followUps, id, "DR-B" + b).processInstanceId();
      assertThat(RestTasks.count(secretary, "/engine-rest/task/count")).as("a secretary sees only his own task").isEqualTo(1);
      RestTasks.complete(secretary, pi, "Task_Acknowledge", "{\"acknowledged\":{\"value\":true}}");
      if (b == 1) {
        HttpResponse<String> refused = RestTasks.completion(secretary, pi, "Task_SubmitReport",
            "{\"workDone\":{\"value\":\"Đã họp\"},\"accountsActivated\":{\"value\":-3}}");
        assertThat(refused.statusCode()).as("a refused report is the caller's error").isEqualTo(400);
        assertThat(refused.body()).contains("Số đảng viên đã kích hoạt tài khoản", "không được âm");
      }
      RestTasks.complete(secretary, pi, "Task_SubmitReport",
          "{\"workDone\":{\"value\":\"Đã họp chi bộ trên ứng dụng\"},\"accountsActivated\":{\"value\":" + (10 + b) + "}}");
      RestTasks.complete(as("dr.xdd"), pi, "Task_ReviewReport", "{\"reviewDecision\":{\"value\":\"accept\"}}");
    }

    clockAt("2026-03-07T08:00:30");
    RestTasks.await("15 reminder mails", () -> mails("Nhắc hạn").size() == BRANCHES - DONE);
    assertThat(mails("Nhắc hạn")).allSatisfy(mail -> assertThat(mail.getSubject()).contains("còn 3 ngày nữa đến hạn", "273-CV/ĐU"));
    assertThat(Arrays.stream(mails("Nhắc hạn").stream().flatMap(m -> TestSmtp.recipients(m).stream()).toArray(String[]::new)))
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(DONE + 1, BRANCHES)
            .mapToObj(b -> "dr.b" + b + "@example.org").toList());

    String consolidation = as("dr.xdd").get("/api/directives/" + id + "/consolidation").body();
    assertThat(consolidation).contains("\"DONE_ON_TIME\":20", "\"IN_PROGRESS\":15", "\"OVERDUE\":0");
    HttpResponse<String> other = as("dr.b1").get("/api/directives/" + id + "/consolidation");
    assertThat(other.statusCode()).as("a branch does not see the commune's consolidation").isEqualTo(404);

    byte[] xlsx = Http.basic(port, "dr.xdd", PASSWORD).getBytes("/api/directives/" + id + "/consolidation.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Tình trạng");
      long onTime = IntStream.rangeClosed(1, BRANCHES)
          .filter(r -> "Hoàn thành đúng hạn".equals(sheet.getRow(r).getCell(4).getStringCellValue())).count();
      assertThat(onTime).isEqualTo(DONE);
    }
    // Staff hand the last branch's follow-up to its deputy: the task follows, and the engine's history
    // names who handed it on.
    user("dr.b" + BRANCHES + "pho");
    FollowUp last = DirectiveFixture.followUp(followUps, id, "DR-B" + BRANCHES);
    HttpResponse<String> handed = as("dr.xdd").postJson("/api/follow-ups/" + last.id() + "/responsible",
        "{\"userId\": \"dr.b" + BRANCHES + "pho\"}");
    assertThat(handed.statusCode()).as(handed.body()).isEqualTo(204);
    assertThat(RestTasks.count(asAdmin(), "/engine-rest/task/count?assignee=dr.b" + BRANCHES + "pho&processInstanceId="
        + last.processInstanceId())).isEqualTo(1);
    assertThat(asAdmin().get("/engine-rest/history/user-operation?operationType=Assign&processInstanceId="
        + last.processInstanceId()).body()).contains("\"userId\":\"dr.xdd\"", "\"newValue\":\"dr.b" + BRANCHES + "pho\"");

    List<FollowUp> rows = followUps.ofDirective(id);
    assertThat(rows).hasSize(BRANCHES).allSatisfy(f -> assertThat(f.responsibleUserId()).startsWith("dr.b"));
  }

  /** This test's mails (to its branches) whose subject starts so. */
  private static List<MimeMessage> mails(String subjectStart) {
    return Arrays.stream(TestSmtp.server().getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().startsWith(subjectStart) && TestSmtp.recipients(m).stream().allMatch(r -> r.startsWith("dr.b"));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String commune() {
    StringBuilder csv = new StringBuilder("Mã,Tên,Loại,Mã cấp trên,Tài khoản bí thư,Họ tên bí thư,Email bí thư\n");
    csv.append("DR-X,Đảng ủy xã Sì Lở Lầu (kiểm thử),Đảng ủy xã,,,,\n");
    for (int b = 1; b <= BRANCHES; b++) {
      csv.append("DR-B").append(b).append(",Chi bộ bản ").append(b).append(",Chi bộ cơ sở,DR-X,dr.b").append(b)
          .append(",Lý A ").append(b).append(",dr.b").append(b).append("@example.org\n");
    }
    return csv.toString();
  }

}
