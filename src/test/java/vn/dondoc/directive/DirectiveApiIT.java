package vn.dondoc.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dondoc.testsupport.PostgresApplicationTest;

/** {@code /api/directives} on PostgreSQL: bad input, who may create, who sees what, withdrawal. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectiveApiIT extends PostgresApplicationTest {

  static final String VALID = """
      {"number": "9-CV/ĐU", "issuerCode": "DV-X", "issuingBody": "Ban Thường vụ", "subject": "V/v họp chi bộ trên ứng dụng",
       "completeBy": "2099-12-31", "recipients": [{"organizationCode": "DV-X", "allBranches": true}]}""";

  @BeforeAll
  void communeAndStaff() {
    String tree = """
        Mã,Tên,Loại,Mã cấp trên,Tài khoản bí thư
        DV-X,Đảng ủy xã Kiểm thử,Đảng ủy xã,,
        DV-B1,Chi bộ bản Một,Chi bộ cơ sở,DV-X,dv.b1
        DV-Y,Đảng ủy xã Khác,Đảng ủy xã,,
        DV-Y1,Chi bộ bản Khác,Chi bộ cơ sở,DV-Y,dv.y1
        """;
    assertThat(importOrganizations("dv.csv", tree.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    user("dv.xdd", "xdd:DV-X");
    user("dv.ubkt", "ubkt:DV-X");
    user("dv.b1");
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
    HttpResponse<String> response = as("dv.xdd").postJson("/api/directives", """
        {"issuerCode": "DV-X", "issuingBody": "Ban Thường vụ", "subject": " ", "completeBy": "2020-01-01",
         "reminderDays": [0], "targets": [{"indicator": "Tỷ lệ truy cập", "comparator": "≈", "value": -1, "unit": "%"}],
         "recipients": [{"organizationCode": "DV-Y1", "allBranches": false}, {"organizationCode": "KHONG-CO", "allBranches": false}]}""");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains(
        "\"field\":\"subject\",\"message\":\"Thiếu trích yếu (V/v …)\"",
        "\"field\":\"completeBy\",\"message\":\"Hạn hoàn thành đã qua\"",
        "\"field\":\"recipients[0]\",\"message\":\"\\\"DV-Y1\\\" không thuộc Đảng ủy xã Kiểm thử\"",
        "\"field\":\"recipients[1]\",\"message\":\"Không có tổ chức \\\"KHONG-CO\\\"\"",
        "\"field\":\"reminderDays[0]\"", "\"field\":\"targets[0].comparator\"", "\"field\":\"targets[0].value\"");
    assertThat(as("dv.xdd").get("/api/directives").body()).doesNotContain("2020-01-01");
  }

  @Test
  void onlyThePartyBuildingStaffOfTheIssuerCreate() {
    HttpResponse<String> response = as("dv.ubkt").postJson("/api/directives", VALID);
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("Chỉ Ban Xây dựng Đảng - Đảng ủy xã Kiểm thử được làm việc này");
  }

  @Test
  void createdDirectivesAreSeenByTheCommuneNotByItsBranchesNorOthersAndCanBeWithdrawn() {
    HttpResponse<String> created = as("dv.xdd").postJson("/api/directives", VALID);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = created.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*", "$1");

    assertThat(as("dv.ubkt").get("/api/directives").body()).contains("\"number\":\"9-CV/ĐU\"", "\"statusLabel\":\"Dự thảo\"");
    assertThat(as("dv.b1").get("/api/directives").body()).doesNotContain("9-CV/ĐU");
    assertThat(as("dv.b1").get("/api/directives/" + id).statusCode()).isEqualTo(404);

    assertThat(as("dv.ubkt").postJson("/api/directives/" + id + "/withdraw", "{}").statusCode()).isEqualTo(403);
    assertThat(as("dv.xdd").postJson("/api/directives/" + id + "/amend", "{\"completeBy\": \"2099-12-30\"}").statusCode())
        .as("a draft's deadline is changed in the draft, not amended").isEqualTo(400);
    assertThat(as("dv.xdd").postJson("/api/directives/" + id + "/withdraw", "{}").statusCode()).isEqualTo(204);
    assertThat(as("dv.ubkt").get("/api/directives/" + id).body()).contains("\"statusLabel\":\"Đã thu hồi\"");
    assertThat(as("dv.xdd").postJson("/api/directives/" + id + "/withdraw", "{}").statusCode()).isEqualTo(400);
  }

}
