package vn.dondoc.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * Importing the organisation tree over the API on PostgreSQL: a good file, the same file again,
 * and each kind of bad file, which must save nothing and say in Vietnamese what is wrong where.
 * Each test uses its own codes: the tests share one database.
 */
class OrganizationImportIT extends PostgresApplicationTest {

  @Autowired
  OrganizationRepository repository;
  @Autowired
  IdentityService identity;

  static String tree(String p) {
    return """
        Mã,Tên,Loại,Mã cấp trên,Địa chỉ,Hoạt động,Tài khoản bí thư,Họ tên bí thư,Email bí thư,Tài khoản phó bí thư
        %1$s-T,Tỉnh ủy %1$s,Tỉnh ủy,,,Có,,,,
        %1$s-X,Đảng ủy xã Sì Lở Lầu %1$s,"Đảng ủy xã, phường",%1$s-T,"Xã Sì Lở Lầu, Lai Châu",Có,,,,
        %1$s-DB,Đảng bộ Công an xã,Đảng bộ cơ sở,%1$s-X,,Có,%2$s.db,Lý A Páo,,
        %1$s-CA1,Chi bộ Công an 1,Chi bộ trực thuộc,%1$s-DB,,Có,%2$s.ca1,Thào A Sử,ca1@example.org,
        %1$s-B1,Chi bộ bản Lũng Thàng,Chi bộ cơ sở,%1$s-X,Bản Lũng Thàng,Có,%2$s.b1,Vàng A Lử,,%2$s.b1p
        %1$s-B2,Chi bộ bản Gia Khâu,chi bo co so,%1$s-X,Bản Gia Khâu,có,%2$s.b2,Giàng A Dơ,,
        """.formatted(p, p.toLowerCase());
  }

  @Test
  void aGoodFileImportsAndTheSameFileAgainChangesNothing() {
    HttpResponse<String> first = importOrganizations("to-chuc.csv", utf8(tree("G1")));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.body()).contains("\"rows\":6", "\"created\":6", "\"updated\":0");

    Organization branch = repository.find("G1-CA1").orElseThrow();
    assertThat(branch.path()).isEqualTo("/G1-T/G1-X/G1-DB/G1-CA1/");
    assertThat(branch.scopeCode()).isEqualTo("G1-X");
    assertThat(branch.type()).isEqualTo(OrganizationType.SUBORDINATE_BRANCH);
    assertThat(identity.createUserQuery().memberOfGroup("org:G1-CA1").singleResult().getId()).isEqualTo("g1.ca1");
    assertThat(identity.createUserQuery().userId("g1.ca1").singleResult().getEmail()).isEqualTo("ca1@example.org");
    assertThat(identity.createUserQuery().memberOfGroup("org:G1-B1").list()).extracting("id").containsExactlyInAnyOrder("g1.b1", "g1.b1p");
    assertThat(identity.createTenantQuery().groupMember("org:G1-B1").singleResult().getId()).isEqualTo("G1-X");
    assertThat(identity.createTenantQuery().groupMember("ubkt:G1-T").list()).extracting("id").containsExactlyInAnyOrder("G1-T", "G1-X");

    long groups = identity.createGroupQuery().count();
    HttpResponse<String> again = importOrganizations("to-chuc.csv", utf8(tree("G1")));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":6");
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(repository.changes("G1-B1")).hasSize(1);
  }

  @Test
  void anXlsxFileImportsLikeItsCsv() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("To chuc");
      String[][] cells = {{"Mã", "Tên", "Loại", "Mã cấp trên"}, {"X1-X", "Đảng ủy xã Một", "Đảng ủy xã", ""},
          {"X1-B", "Chi bộ bản Mới", "Chi bộ cơ sở", "X1-X"}};
      for (int r = 0; r < cells.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
      }
      workbook.write(out);
      xlsx = out.toByteArray();
    }
    HttpResponse<String> response = importOrganizations("to-chuc.xlsx", xlsx);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(repository.find("X1-B").orElseThrow().parentCode()).isEqualTo("X1-X");
  }

  @Test
  void aBadRowImportsNothingAndNamesTheRowAndColumn() {
    String file = tree("E1").replace("E1-B2,Chi bộ bản Gia Khâu,chi bo co so", "E1-B2,Chi bộ bản Gia Khâu,Chi đoàn");
    HttpResponse<String> response = importOrganizations("to-chuc.csv", utf8(file));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"row\":7", "\"column\":\"Loại\"", "Loại \\\"Chi đoàn\\\" không có");
    assertThat(repository.find("E1-X")).isEmpty();
    assertThat(identity.createGroupQuery().groupId("org:E1-X").count()).isZero();
  }

  @Test
  void aFileNotInUtf8IsRefused() {
    HttpResponse<String> response = importOrganizations("to-chuc.csv", tree("E2").getBytes(Charset.forName("windows-1258")));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("UTF-8");
    assertThat(repository.find("E2-T")).isEmpty();
  }

  @Test
  void aMissingColumnIsRefused() {
    String file = tree("E3").replaceFirst("Mã,Tên,Loại,", "Mã,Loại,").replaceAll("(?m)^(E3-[A-Z0-9]+),[^,]+,", "$1,");
    HttpResponse<String> response = importOrganizations("to-chuc.csv", utf8(file));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Thiếu cột bắt buộc \\\"Tên\\\"");
    assertThat(repository.find("E3-T")).isEmpty();
  }

  @Test
  void aDuplicateCodeIsRefusedNamingBothRows() {
    String file = tree("E4") + "E4-B1,Chi bộ bản Lũng Thàng (trùng),Chi bộ cơ sở,E4-X,,Có,,,,\n";
    HttpResponse<String> response = importOrganizations("to-chuc.csv", utf8(file));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"row\":8", "Mã \\\"E4-B1\\\" trùng với dòng 6");
    assertThat(repository.find("E4-T")).isEmpty();
  }

  @Test
  void aCycleOfParentsIsRefused() {
    String file = tree("E5") + "E5-C1,Chi bộ vòng 1,Chi bộ cơ sở,E5-C2,,Có,,,,\nE5-C2,Chi bộ vòng 2,Chi bộ cơ sở,E5-C1,,Có,,,,\n";
    HttpResponse<String> response = importOrganizations("to-chuc.csv", utf8(file));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"row\":8", "Vòng lặp cấp trên: E5-C1 → E5-C2 → E5-C1");
    assertThat(repository.find("E5-T")).isEmpty();
  }

  @Test
  void anUnknownParentIsRefused() {
    String file = tree("E6").replace("E6-B2,Chi bộ bản Gia Khâu,chi bo co so,E6-X", "E6-B2,Chi bộ bản Gia Khâu,chi bo co so,E6-KHONGCO");
    HttpResponse<String> response = importOrganizations("to-chuc.csv", utf8(file));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"row\":7", "Mã cấp trên \\\"E6-KHONGCO\\\" không có trong tệp và chưa có trong hệ thống");
    assertThat(repository.find("E6-T")).isEmpty();
  }

  @Test
  void movingDeactivatingAndChangingTheSecretaryKeepHistoryAndMoveIdentity() {
    assertThat(importOrganizations("to-chuc.csv", utf8(tree("M1"))).statusCode()).isEqualTo(200);
    String second = """
        Mã,Tên,Loại,Mã cấp trên,Hoạt động,Tài khoản bí thư
        M1-X2,Đảng ủy xã Hai,Đảng ủy xã,M1-T,Có,
        M1-B1,Chi bộ bản Lũng Thàng,Chi bộ cơ sở,M1-X2,Có,m1.b1
        M1-B2,Chi bộ bản Gia Khâu,Chi bộ cơ sở,M1-X,Không,m1.moi
        """;
    HttpResponse<String> response = importOrganizations("thay-doi.csv", utf8(second));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"created\":1", "\"updated\":2");

    Organization moved = repository.find("M1-B1").orElseThrow();
    assertThat(moved.path()).isEqualTo("/M1-T/M1-X2/M1-B1/");
    assertThat(identity.createTenantQuery().groupMember("org:M1-B1").singleResult().getId()).isEqualTo("M1-X2");
    assertThat(repository.changes("M1-B1")).extracting(OrganizationChange::field, OrganizationChange::oldValue, OrganizationChange::newValue)
        .contains(tuple(OrganizationChange.Field.PARENT, "M1-X", "M1-X2"));

    Organization deactivated = repository.find("M1-B2").orElseThrow();
    assertThat(deactivated.active()).isFalse();
    assertThat(repository.changes("M1-B2")).extracting(OrganizationChange::field)
        .contains(OrganizationChange.Field.ACTIVE, OrganizationChange.Field.SECRETARY);
    assertThat(identity.createUserQuery().memberOfGroup("org:M1-B2").list()).extracting("id").containsExactly("m1.moi");
    assertThat(as("qtv").get("/api/organizations/M1-B2/history").body()).contains("\"field\":\"ACTIVE\"", "\"oldValue\":\"m1.b2\"");
  }

  @Test
  void deactivatingAParentWithActiveChildrenIsRefused() {
    assertThat(importOrganizations("to-chuc.csv", utf8(tree("D1"))).statusCode()).isEqualTo(200);
    String file = "Mã,Tên,Loại,Mã cấp trên,Hoạt động\nD1-DB,Đảng bộ Công an xã,Đảng bộ cơ sở,D1-X,Không\n";
    HttpResponse<String> response = importOrganizations("to-chuc.csv", utf8(file));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"row\":2", "D1-CA1");
    assertThat(repository.find("D1-DB").orElseThrow().active()).isTrue();
  }

  @Test
  void theExportImportsBackUnchangedAndTheTemplatesDownload() {
    assertThat(importOrganizations("to-chuc.csv", utf8(tree("R1"))).statusCode()).isEqualTo(200);
    HttpResponse<String> export = asAdmin().get("/api/organizations/export?format=csv");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.body()).contains("R1-CA1,Chi bộ Công an 1,Chi bộ trực thuộc,R1-DB", "Thào A Sử", "ca1@example.org");
    HttpResponse<String> back = importOrganizations("to-chuc.csv", export.body().getBytes(StandardCharsets.UTF_8));
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    assertThat(back.body()).contains("\"created\":0", "\"updated\":0");

    assertThat(asAdmin().get("/api/organizations/template?format=csv").body()).startsWith("\uFEFFMã,Tên,Loại,Mã cấp trên");
    assertThat(asAdmin().get("/api/organizations/template?format=xlsx").headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("spreadsheetml"));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
