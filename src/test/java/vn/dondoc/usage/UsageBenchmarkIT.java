package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.platform.time.VietnameseFormat.number;
import static vn.dondoc.usage.UsageImportIT.snapshotId;
import static vn.dondoc.usage.UsageImportIT.utf8;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * Benchmark (not part of {@code ./mvnw verify}): a province's member database export of 130.000
 * members and the app's export of the same size imported over the API on PostgreSQL, then
 * reconciled and rated for the whole province. Target: import + reconciliation + rates under 5 s
 * and under 1 GiB heap (run with {@code -DargLine=-Xmx1g}). Then the support pairs of the whole
 * province are proposed, listed and exported, and a later app import checks them (figures without a
 * target). Command and figures: docs/benchmarks.md.
 */
@Tag("benchmark")
class UsageBenchmarkIT extends PostgresApplicationTest {

  static final int COMMUNES = 100;
  static final int BRANCHES_PER_COMMUNE = 26;
  static final int MEMBERS = 130_000;
  static final String AS_OF = "2026-03-10T17:00";

  @Test
  void provinceSizedImportReconciliationAndRates() {
    assertThat(importOrganizations("tinh.csv", utf8(tree())).statusCode()).isEqualTo(200);
    String database = databaseFile();
    String app = appFile();
    resetPeaks();

    Timed<String> databaseImport = timed(() -> upload("member-database", database));
    Timed<String> appImport = timed(() -> upload("app-members", app));
    String query = "organization=BM-T&app=" + appImport.result + "&members=" + databaseImport.result;
    Timed<String> reconciliation = timed(() -> get("/api/usage/reconciliation?" + query));
    Timed<String> rates = timed(() -> get("/api/usage/rates?" + query));
    Timed<String> ranking = timed(() -> get("/api/usage/ranking?" + query));
    Timed<String> list = timed(() -> get("/api/usage/reconciliation/members?category=missing-from-app&" + query));
    long peak = peakHeap();

    // Support pairs (issue 5, part 6) for the whole province, then the same app export again ten days later:
    // its import checks every open pair for a confirmation.
    resetPeaks();
    Timed<String> proposal = timed(() -> post("/api/usage/support/propose?organization=BM-T"));
    Timed<String> pairs = timed(() -> get("/api/usage/support/pairs?organization=BM-T&size=100"));
    Timed<String> export = timed(() -> get("/api/usage/support/pairs/export?organization=BM-T&format=csv"));
    Timed<String> laterImport = timed(() -> upload("app-members", "2026-03-20T17:00", app));
    long supportPeak = peakHeap();
    assertThat(proposal.result).contains("\"alreadyPaired\":0");
    int proposed = Integer.parseInt(proposal.result.replaceAll("(?s).*\"proposed\":(\\d+).*", "$1"));
    assertThat(export.result.lines().count()).isEqualTo(proposed + 1L);

    assertThat(reconciliation.result).contains("\"category\":\"missing-from-app\"", "\"count\":1300}");
    assertThat(list.result.lines().count()).isEqualTo(1301);
    long total = databaseImport.millis + appImport.millis + reconciliation.millis + rates.millis;
    System.out.printf("%nBENCHMARK usage statistics (130.000 + 130.000 đảng viên, %s tổ chức, PostgreSQL, max heap %s MiB)%n"
            + "  member database import: %s ms (%s kB)%n  app import:             %s ms (%s kB)%n"
            + "  reconciliation:         %s ms%n  rates, every organisation: %s ms%n  total:                  %s ms%n"
            + "  ranking:                %s ms%n  list of 1.300 missing:  %s ms%n  peak heap used:         %s MiB%n",
        number(2 + COMMUNES * (1 + BRANCHES_PER_COMMUNE)), number(Runtime.getRuntime().maxMemory() >> 20),
        number(databaseImport.millis), number(database.length() / 1024), number(appImport.millis), number(app.length() / 1024),
        number(reconciliation.millis), number(rates.millis), number(total), number(ranking.millis), number(list.millis),
        number(peak >> 20));
    System.out.printf("BENCHMARK support pairs (same province)%n  propose:                %s ms (%s cặp: %s)%n"
            + "  list (JSON):            %s ms (%s kB)%n  export (CSV):           %s ms%n"
            + "  app import, open pairs checked: %s ms%n  peak heap used:         %s MiB%n",
        number(proposal.millis), number(proposed), proposal.result, number(pairs.millis), number(pairs.result.length() / 1024),
        number(export.millis), number(laterImport.millis), number(supportPeak >> 20));
  }

  /** A province, 100 communes, 26 branches each. */
  static String tree() {
    StringBuilder csv = new StringBuilder("Mã,Tên,Loại,Mã cấp trên\nBM-T,Tỉnh ủy Thử nghiệm,Tỉnh ủy,\n");
    for (int x = 1; x <= COMMUNES; x++) {
      csv.append("BM-X").append(x).append(",Đảng ủy xã Số ").append(x).append(",Đảng ủy xã,BM-T\n");
      for (int b = 1; b <= BRANCHES_PER_COMMUNE; b++) {
        csv.append(branch(x, b)).append(",Chi bộ bản ").append(b).append(" xã ").append(x).append(",Chi bộ cơ sở,BM-X")
            .append(x).append('\n');
      }
    }
    return csv.toString();
  }

  /** 130.000 members spread over the branches; every 20th exempt; birth years, minorities, phones. */
  static String databaseFile() {
    StringBuilder csv = new StringBuilder("Mã đảng viên,Mã tổ chức,Họ và tên,Trạng thái,Loại đảng viên,Năm sinh,"
        + "Dân tộc thiểu số,Có điện thoại thông minh\n");
    for (int m = 0; m < MEMBERS; m++) {
      csv.append(key(m)).append(',').append(branchOf(m)).append(",Nguyễn Văn Số ").append(m).append(',')
          .append(m % 20 == 0 ? "Miễn sinh hoạt" : "Đang sinh hoạt").append(',').append(m % 50 == 0 ? "Dự bị" : "Chính thức")
          .append(',').append(1940 + m % 60).append(',').append(m % 3 == 0 ? "Có" : "Không").append(',')
          .append(m % 4 == 0 ? "Không" : "Có").append('\n');
    }
    return csv.toString();
  }

  /**
   * The app's view of the same members: every 100th missing (1.300 cannot log in), 1.300 others it
   * alone has, exemptions only on every 40th, every 500th in another branch; two thirds accessed.
   */
  static String appFile() {
    StringBuilder csv = new StringBuilder("Mã đảng viên,Mã tổ chức,Họ và tên,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập,"
        + "Miễn sinh hoạt\n");
    for (int m = 0; m < MEMBERS; m++) {
      if (m % 100 == 1) {
        continue;
      }
      boolean accessed = m % 3 != 0;
      csv.append(key(m)).append(',').append(m % 500 == 2 ? branchOf(m + 1) : branchOf(m)).append(",Nguyễn Văn Số ").append(m)
          .append(',').append(accessed || m % 7 == 0 ? "Có" : "Không").append(',')
          .append(accessed ? "0" + (1 + m % 9) + "/03/2026 08:30" : "").append(',').append(accessed ? m % 12 : 0).append(',')
          .append(m % 40 == 0 ? "Có" : "Không").append('\n');
    }
    for (int extra = 0; extra < MEMBERS / 100; extra++) {
      csv.append("APP-").append(extra).append(',').append(branchOf(extra)).append(",Người ngoài ").append(extra)
          .append(",Có,,0,Không\n");
    }
    return csv.toString();
  }

  private static String key(int member) {
    return "DV" + (1_000_000 + member);
  }

  private static String branchOf(int member) {
    int branch = member % (COMMUNES * BRANCHES_PER_COMMUNE);
    return branch(1 + branch / BRANCHES_PER_COMMUNE, 1 + branch % BRANCHES_PER_COMMUNE);
  }

  private static String branch(int commune, int branch) {
    return "BM-X" + commune + "-B" + branch;
  }

  private String upload(String kind, String file) {
    return upload(kind, AS_OF, file);
  }

  private String upload(String kind, String asOf, String file) {
    HttpResponse<String> response = asAdmin().postFile("/api/usage/" + kind + "/import?organization=BM-T&asOf=" + asOf,
        "tinh.csv", utf8(file));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return String.valueOf(snapshotId(response));
  }

  private String post(String path) {
    HttpResponse<String> response = asAdmin().postJson(path, "");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private String get(String path) {
    HttpResponse<String> response = asAdmin().get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static <T> Timed<T> timed(Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    return new Timed<>(result, (System.nanoTime() - start) / 1_000_000);
  }

  private record Timed<T>(T result, long millis) {
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
  }

  private static void resetPeaks() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
  private static long peakHeap() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }
}
