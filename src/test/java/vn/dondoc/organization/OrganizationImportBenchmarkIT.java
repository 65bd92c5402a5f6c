package vn.dondoc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * Benchmark (not part of {@code ./mvnw verify}): importing a province-sized tree of 4,000
 * organisations over the API on PostgreSQL, with the groups, tenants, users and memberships it
 * creates; then the same file again; then a file that moves 100 branches and changes 100
 * secretaries. Target: the first import under 10 s. Command and figures: docs/benchmarks.md.
 */
@Tag("benchmark")
class OrganizationImportBenchmarkIT extends PostgresApplicationTest {

  static final int COMMUNES = 121;
  static final int BRANCHES_PER_COMMUNE = 26;

  @Autowired
  IdentityService identity;
  @Autowired
  OrganizationRepository repository;

  @Test
  void provinceSizedImport() {
    String province = province(false);
    assertThat(province.lines().count() - 1).isEqualTo(4000);

    Timed first = timed(province);
    assertThat(first.response.body()).contains("\"created\":4000");
    long groups = identity.createGroupQuery().count();
    long users = identity.createUserQuery().count();
    long tenants = identity.createTenantQuery().count();
    Timed again = timed(province);
    assertThat(again.response.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":4000");
    Timed changes = timed(province(true));
    assertThat(changes.response.body()).contains("\"updated\":200");

    System.out.printf("%nBENCHMARK organisation import (4.000 tổ chức, PostgreSQL)%n"
            + "  first import:  %,d ms  (groups %d, users %d, tenants %d)%n"
            + "  same file:     %,d ms%n"
            + "  100 moves + 100 new secretaries: %,d ms%n",
        first.millis, groups, users, tenants, again.millis, changes.millis);
    assertThat(repository.find("P-X121-B26").orElseThrow().path()).isEqualTo("/P-T/P-X121/P-X121-B26/");
  }

  private Timed timed(String file) {
    long start = System.nanoTime();
    HttpResponse<String> response = importOrganizations("tinh.csv", file.getBytes(StandardCharsets.UTF_8));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new Timed(response, millis);
  }

  private record Timed(HttpResponse<String> response, long millis) {
  }

  /** 1 province, its organisation board, 121 communes each with 2 grassroots committees (2 branches each) and 26 branches, +5. */
  static String province(boolean changed) {
    StringBuilder csv = new StringBuilder("Mã,Tên,Loại,Mã cấp trên,Địa chỉ,Hoạt động,Tài khoản bí thư,Họ tên bí thư,Tài khoản phó bí thư\n");
    csv.append("P-T,Tỉnh ủy Thử nghiệm,Tỉnh ủy,,,Có,,,\n");
    csv.append("P-BTC,Ban Tổ chức Tỉnh ủy,Ban Tổ chức,P-T,,Có,,,\n");
    int moved = 0;
    int renamed = 0;
    for (int x = 1; x <= COMMUNES; x++) {
      String commune = "P-X" + x;
      csv.append(commune).append(",Đảng ủy xã Số ").append(x).append(",Đảng ủy xã,P-T,,Có,,,\n");
      for (int d = 1; d <= 2; d++) {
        String committee = commune + "-DB" + d;
        csv.append(committee).append(",Đảng bộ cơ sở ").append(d).append(",Đảng bộ cơ sở,").append(commune)
            .append(",,Có,bt.").append(committee.toLowerCase()).append(",Lý A Páo,\n");
        for (int s = 1; s <= 2; s++) {
          String branch = committee + "-C" + s;
          csv.append(branch).append(",Chi bộ trực thuộc ").append(s).append(",Chi bộ trực thuộc,").append(committee)
              .append(",,Có,bt.").append(branch.toLowerCase()).append(",Thào A Sử,\n");
        }
      }
      int branches = BRANCHES_PER_COMMUNE + (x <= 5 ? 1 : 0);
      for (int b = 1; b <= branches; b++) {
        String branch = commune + "-B" + b;
        String parent = commune;
        String secretary = "bt." + branch.toLowerCase();
        if (changed && b == 1 && moved < 100) {
          parent = "P-X" + (x % COMMUNES + 1);
          moved++;
        } else if (changed && b == 2 && renamed < 100) {
          secretary = "btmoi." + branch.toLowerCase();
          renamed++;
        }
        csv.append(branch).append(",Chi bộ bản ").append(b).append(" xã ").append(x).append(",Chi bộ cơ sở,").append(parent)
            .append(",Bản ").append(b).append(",Có,").append(secretary).append(",Vàng A Lử,")
            .append(b % 3 == 0 ? "pbt." + branch.toLowerCase() : "").append('\n');
      }
    }
    return csv.toString();
  }
}
