package vn.dondoc.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.inspection.InspectionRest.json;
import static vn.dondoc.testsupport.RestTasks.complete;
import static vn.dondoc.testsupport.RestTasks.completion;
import static vn.dondoc.testsupport.RestTasks.count;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.testsupport.EvidenceFiles;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * A whole inspection on PostgreSQL through the REST API, as the people who do it: the inspection
 * committee opens and plans it, the standing committee decides and approves, the branch's secretary
 * reports and remediates, a team member from the party office (not the inspection committee) verifies. Another branch's
 * secretary sees nothing of it. Bad input is refused in Vietnamese and saves nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionApiIT extends PostgresApplicationTest {

  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void communeAndPeople() {
    String tree = """
        Mã,Tên,Loại,Mã cấp trên,Tài khoản bí thư
        IA-X,Đảng ủy xã Kiểm tra,Đảng ủy xã,,
        IA-B1,Chi bộ bản Một,Chi bộ cơ sở,IA-X,ia.b1
        IA-B2,Chi bộ bản Hai,Chi bộ cơ sở,IA-X,ia.b2
        """;
    assertThat(importOrganizations("ia.csv", tree.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    user("ia.ubkt", "ubkt:IA-X");
    user("ia.tt", "tt:IA-X");
    user("ia.tv", "vp:IA-X");
    user("ia.ngoai");
    user("ia.b1");
    user("ia.b2");
  }

  @Test
  void aWholeInspectionThroughTheApiSeenOnlyByThoseConcerned() {
    assertThat(as("ia.b1").postJson("/api/inspections", "{\"organizationCode\":\"IA-B1\"}").statusCode()).isEqualTo(403);
    HttpResponse<String> longReference = as("ia.ubkt").postJson("/api/inspections",
        "{\"organizationCode\":\"IA-B1\",\"originRef\":\"" + "x".repeat(121) + "\"}");
    assertThat(longReference.statusCode()).isEqualTo(400);
    assertThat(longReference.body()).contains("\"field\":\"originRef\",\"message\":\"Dài quá 120 ký tự\"");
    assertThat(as("ia.ubkt").postJson("/api/inspections", "{\"organizationCode\":\"IA-Y\"}").body())
        .contains("Không có tổ chức \\\"IA-Y\\\"");
    HttpResponse<String> opened = as("ia.ubkt").postJson("/api/inspections", "{\"organizationCode\":\"IA-B1\"}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    long id = json(opened).at("/summary/id").asLong();
    String pi = json(opened).at("/inspection/processInstanceId").asText();
    assertThat(json(opened).at("/summary/stepLabel").asText()).isEqualTo("Chuẩn bị");

    String due = LocalDate.now(TimeConfiguration.VIETNAM).plusDays(7).toString();
    HttpResponse<String> outsider = completion(as("ia.ubkt"), pi, "Task_DraftPlan", "{\"planContent\":{\"value\":\"Kiểm tra\"},"
        + "\"team\":{\"value\":\"ia.ubkt, ia.ngoai\"},\"selfReportDue\":{\"value\":\"" + due + "\"}}");
    assertThat(outsider.statusCode()).isEqualTo(400);
    assertThat(json(outsider).get("message").asText()).contains("Không thuộc cơ quan, tổ chức nào của cấp ủy IA-X: ia.ngoai");
    complete(as("ia.ubkt"), pi, "Task_DraftPlan", "{\"planContent\":{\"value\":\"Kiểm tra việc sinh hoạt chi bộ trên ứng dụng\"},"
        + "\"team\":{\"value\":\"ia.ubkt, ia.tv\"},\"selfReportDue\":{\"value\":\"" + due + "\"}}");
    complete(as("ia.tt"), pi, "Task_ApprovePlan", "{\"planDecision\":{\"value\":\"approve\"}}");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_notification WHERE user_id = 'ia.b1' AND template = 'inspection-decided'",
        Integer.class)).as("the branch is told, though the standing committee may not read users").isOne();
    JsonNode decided = json(as("ia.ubkt").get("/api/inspections/" + id));
    assertThat(decided.at("/summary/stepLabel").asText()).isEqualTo("Tiến hành");
    assertThat(decided.at("/summary/timeLimitText").asText()).isEqualTo("còn 20 ngày");

    // Another branch: no inspection, no files, no task, no list.
    Http neighbour = as("ia.b2");
    assertThat(neighbour.get("/api/inspections/" + id).statusCode()).isEqualTo(404);
    assertThat(neighbour.get("/api/inspections?organization=IA-B1").statusCode()).isEqualTo(404);
    assertThat(neighbour.get("/api/inspections?organization=IA-B2").body()).doesNotContain("KT-" + id);
    assertThat(count(neighbour, "/engine-rest/task/count")).isZero();
    assertThat(count(neighbour, "/engine-rest/process-instance/count?processInstanceIds=" + pi)).isZero();
    assertThat(neighbour.postMultipart("/api/inspections/" + id + "/files", Map.of(),
        List.of(new Http.FilePart("files", "x.pdf", EvidenceFiles.pdf()))).statusCode()).isEqualTo(404);

    // The time limit, extended once by the standing committee with a reason; not by the branch.
    assertThat(as("ia.b1").postJson("/api/inspections/" + id + "/extension", "{\"reason\":\"Xin thêm\"}").statusCode())
        .isEqualTo(403);
    HttpResponse<String> extended = as("ia.tt").postJson("/api/inspections/" + id + "/extension",
        "{\"reason\":\"Chi bộ đề nghị bổ sung tài liệu\"}");
    assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
    assertThat(json(extended).at("/summary/timeLimitText").asText()).isEqualTo("còn 26 ngày");
    assertThat(json(extended).at("/extensionReason").asText()).isEqualTo("Chi bộ đề nghị bổ sung tài liệu");

    // The branch: its task, its documents, its self-report.
    Http secretary = as("ia.b1");
    assertThat(count(secretary, "/engine-rest/task/count?taskDefinitionKey=Task_SubmitSelfReport")).isOne();
    HttpResponse<String> selfReportFile = secretary.postMultipart("/api/inspections/" + id + "/files", Map.of(),
        List.of(new Http.FilePart("files", "bao-cao.docx", EvidenceFiles.docx())));
    assertThat(selfReportFile.statusCode()).as(selfReportFile.body()).isEqualTo(201);
    complete(secretary, pi, "Task_SubmitSelfReport", "{\"selfReport\":{\"value\":\"Chi bộ đã triển khai, 3 đồng chí chưa cài\"}}");

    // The team member from the party office works the team's tasks; a conclusion without findings is refused.
    Http member = as("ia.tv");
    assertThat(member.get("/api/inspections/" + id).statusCode()).isEqualTo(200);
    complete(member, pi, "Task_Verify", "{\"verificationNote\":{\"value\":\"Đã làm việc với chi bộ\"}}");
    HttpResponse<String> noFindings = completion(member, pi, "Task_Conclude", "{\"teamReport\":{\"value\":\"Báo cáo của đoàn\"},"
        + "\"outcome\":{\"value\":\"MEETS\"}}");
    assertThat(noFindings.statusCode()).isEqualTo(400);
    assertThat(json(noFindings).get("message").asText()).contains("Chưa có kết quả kiểm tra nào");
    HttpResponse<String> violationWithout = completion(member, pi, "Task_Conclude",
        "{\"teamReport\":{\"value\":\"Báo cáo của đoàn\"},\"outcome\":{\"value\":\"VIOLATION\"}}");
    assertThat(json(violationWithout).get("message").asText()).contains("cần có ít nhất một kết quả kiểm tra");
    assertThat(json(member.get("/api/inspections/" + id)).at("/inspection/outcome").isNull()).as("nothing saved").isTrue();

    // Findings: without the evidence their severity needs, with a file too large or of the wrong kind: refused, nothing kept.
    String findings = "/api/inspections/" + id + "/findings";
    HttpResponse<String> withoutEvidence = member.postMultipart(findings,
        Map.of("severity", "MODERATE", "description", "Chưa sinh hoạt trên ứng dụng 2 tháng"), List.of());
    assertThat(withoutEvidence.statusCode()).isEqualTo(400);
    assertThat(withoutEvidence.body()).contains("\"field\":\"files\"", "phải kèm ít nhất một tệp tài liệu chứng minh");
    HttpResponse<String> badFiles = member.postMultipart(findings,
        Map.of("severity", "SERIOUS", "description", "Khai khống số tài khoản"),
        List.of(new Http.FilePart("files", "bien-ban.pdf", EvidenceFiles.pdf()),
            new Http.FilePart("files", "chuong-trinh.pdf", EvidenceFiles.exe()),
            new Http.FilePart("files", "qua-lon.pdf", EvidenceFiles.pdfOf(10 * 1024 * 1024 + 1))));
    assertThat(badFiles.statusCode()).isEqualTo(400);
    assertThat(badFiles.body()).contains("\"field\":\"files[1]\"", "không phải loại được nhận", "\"field\":\"files[2]\"",
        "vượt quá dung lượng cho phép 10 MB").doesNotContain("files[0]");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_inspection_finding WHERE inspection_id = ?", Integer.class, id))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_inspection_file WHERE inspection_id = ? AND finding_id IS NOT NULL",
        Integer.class, id)).isZero();

    HttpResponse<String> finding = member.postMultipart(findings, Map.of("severity", "SERIOUS", "description",
        "Khai khống số tài khoản đã kích hoạt"), List.of(new Http.FilePart("files", "Biên bản làm việc.pdf", EvidenceFiles.pdf())));
    assertThat(finding.statusCode()).as(finding.body()).isEqualTo(201);
    long fileId = json(finding).at("/files/0/id").asLong();
    assertThat(as("ia.b1").postJson("/api/inspections/" + id + "/actions",
        "{\"action\":\"Rà soát lại\",\"dueOn\":\"" + due + "\"}").statusCode()).isEqualTo(403);
    HttpResponse<String> badAction = member.postJson("/api/inspections/" + id + "/actions", "{\"action\":\" \",\"dueOn\":\"31/02/2026\"}");
    assertThat(badAction.body()).contains("Ngày \\\"31/02/2026\\\" không hợp lệ");
    HttpResponse<String> action = member.postJson("/api/inspections/" + id + "/actions",
        "{\"action\":\"Rà soát, báo cáo lại số tài khoản đã kích hoạt\",\"dueOn\":\"" + due + "\"}");
    assertThat(action.statusCode()).as(action.body()).isEqualTo(201);
    complete(member, pi, "Task_Conclude", "{\"teamReport\":{\"value\":\"Báo cáo của đoàn\"},\"outcome\":{\"value\":\"VIOLATION\"}}");
    complete(as("ia.tt"), pi, "Task_ApproveConclusion", "{\"conclusionDecision\":{\"value\":\"approve\"}}");
    assertThat(jdbc.queryForObject("SELECT outcome FROM dd_inspection_conclusion WHERE reference = ?", String.class, "KT-" + id))
        .isEqualTo("VIOLATION");

    // Remediation: rejected once, redone, verified; the inspection closes.
    complete(secretary, pi, "Task_ReportAction", "{\"actionReport\":{\"value\":\"Đã rà soát lại\"}}");
    complete(member, pi, "Task_VerifyAction", "{\"verifyDecision\":{\"value\":\"reject\"},\"verifyComment\":{\"value\":\"Chưa kèm danh sách\"}}");
    complete(secretary, pi, "Task_ReportAction", "{\"actionReport\":{\"value\":\"Đã rà soát, kèm danh sách\"}}");
    complete(member, pi, "Task_VerifyAction", "{\"verifyDecision\":{\"value\":\"verify\"}}");
    JsonNode closed = json(as("ia.ubkt").get("/api/inspections/" + id));
    assertThat(closed.at("/summary/stepLabel").asText()).isEqualTo("Đã kết thúc");
    assertThat(closed.at("/actions/0/rejections").asInt()).isOne();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_inspection_remediation r JOIN dd_inspection_conclusion c"
        + " ON c.id = r.conclusion_id WHERE c.reference = ? AND r.verified_on IS NOT NULL", Integer.class, "KT-" + id)).isOne();

    // The evidence: downloadable by the branch itself, not by its neighbour.
    assertThat(secretary.getBytes("/api/inspections/" + id + "/files/" + fileId)).isEqualTo(EvidenceFiles.pdf());
    assertThat(secretary.get("/api/inspections/" + id + "/files/" + fileId, "*/*").headers().firstValue("Content-Disposition").orElseThrow())
        .as("the Vietnamese name, encoded").contains("filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20l%C3%A0m%20vi%E1%BB%87c.pdf");
    assertThat(neighbour.get("/api/inspections/" + id + "/files/" + fileId).statusCode()).isEqualTo(404);
    assertThat(as("ia.ubkt").get("/api/inspections?organization=IA-X").body()).contains("\"reference\":\"KT-" + id + "\"");
  }
}
