package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.usage.UsageImportIT.snapshotId;
import static vn.dondoc.usage.UsageImportIT.utf8;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.TestProperties;

/**
 * The embedded default database, H2 in PostgreSQL mode, runs the usage tables as PostgreSQL does:
 * multi-row inserts instead of COPY (2.500 members, so several statements), the corrected figures,
 * the reconciliation and its lists, and the snapshots covering an organisation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:dondoc-usage-tests;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "dondoc.admin.user=qtv",
    "dondoc.admin.password=kiem-thu-so-lieu",
    TestProperties.USAGE_HASH_KEY})
// Any active profile turns off the default demo profile, so no demo organisations or users get in the way.
@ActiveProfiles("usage-test")
class UsageH2Test {

  static final int MEMBERS = 2500;

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void importsFiguresAndReconciliationRunOnH2() {
    Http admin = Http.basic(port, "qtv", "kiem-thu-so-lieu");
    HttpResponse<String> tree = admin.postFile("/api/organizations/import", "to-chuc.csv",
        utf8("Mã,Tên,Loại,Mã cấp trên\nH2-X,Đảng ủy xã H2,Đảng ủy xã,\nH2-B1,Chi bộ bản Một,Chi bộ cơ sở,H2-X\n"
            + "H2-B2,Chi bộ bản Hai,Chi bộ cơ sở,H2-X\n"));
    assertThat(tree.statusCode()).as(tree.body()).isEqualTo(200);

    StringBuilder database = new StringBuilder("Mã đảng viên,Mã tổ chức,Họ và tên,Trạng thái\n");
    StringBuilder app = new StringBuilder("Mã đảng viên,Mã tổ chức,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập,Miễn sinh hoạt\n");
    for (int m = 0; m < MEMBERS; m++) {
      String branch = m % 2 == 0 ? "H2-B1" : "H2-B2";
      database.append("DV").append(m).append(',').append(branch).append(",Đảng viên ").append(m).append(',')
          .append(m % 10 == 0 ? "Miễn sinh hoạt" : "Đang sinh hoạt").append('\n');
      if (m % 100 != 1) {
        app.append("DV").append(m).append(',').append(branch).append(",Có,")
            .append(m % 4 == 0 ? "09/03/2026 08:00,4" : ",0").append(",Không\n");
      }
    }
    long databaseId = upload(admin, "member-database", "2026-03-10T16:00", database.toString());
    long appId = upload(admin, "app-members", "2026-03-10T17:00", app.toString());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_usage_database_member WHERE snapshot_id = ?", Integer.class,
        databaseId)).isEqualTo(MEMBERS);

    String query = "organization=H2-X&app=" + appId + "&members=" + databaseId;
    // 2.250 in activity; accessed: every 4th member not exempt (every 20th is both): 625 - 125 = 500.
    assertThat(admin.get("/api/usage/rates?" + query).body()).contains("\"code\":\"H2-X\"",
        "\"figures\":{\"inActivity\":2250,\"exempt\":250,\"activated\":2225,\"accessed\":500,\"regular\":500}",
        "\"text\":\"22,22%\"");
    assertThat(admin.get("/api/usage/reconciliation?" + query).body()).contains(
        "{\"category\":\"missing-from-app\",", "\"count\":25}", "\"exemptNotInApp\":250");
    assertThat(admin.get("/api/usage/reconciliation/members?category=missing-from-app&" + query).body())
        .contains("DV1,Đảng viên 1,H2-B2,,Đang sinh hoạt,").hasLineCount(26);
    assertThat(admin.get("/api/usage/trend?organization=H2-B1").body()).contains("\"databaseSnapshotId\":" + databaseId);
    assertThat(admin.get("/api/usage/snapshots?organization=H2-B2").body()).contains("\"id\":" + appId, "\"id\":" + databaseId);
  }

  private static long upload(Http admin, String kind, String asOf, String file) {
    HttpResponse<String> response = admin.postFile("/api/usage/" + kind + "/import?organization=H2-X&asOf=" + asOf,
        "tep.csv", utf8(file));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return snapshotId(response);
  }
}
