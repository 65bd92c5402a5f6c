package vn.dondoc.usage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import vn.dondoc.organization.Organization;

/** Imports the app's per-member statistics through the real importer, for tests of usage and of other features. */
public final class UsageImports {

  private UsageImports() {
  }

  /**
   * One app snapshot of {@code scope} as of {@code asOf}: per branch code, {members, of whom accessed, of
   * whom regular users}; none exempt.
   *
   * @return the snapshot's id
   */
  public static long app(ApplicationContext context, Organization scope, LocalDateTime asOf, String by,
      Map<String, int[]> branches) {
    String lastAccess = asOf.minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
    StringBuilder csv = new StringBuilder("Mã đảng viên,Mã tổ chức,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập,Miễn sinh hoạt\n");
    branches.forEach((code, counts) -> {
      for (int m = 0; m < counts[0]; m++) {
        csv.append(code).append("DV").append(m).append(',').append(code).append(",Có,")
            .append(m < counts[2] ? lastAccess + ",5" : m < counts[1] ? lastAccess + ",1" : ",0")
            .append(",Không\n");
      }
    });
    return context.getBean(UsageImporter.class).importFile(SnapshotKind.APP_MEMBERS, scope, asOf,
        "Sổ tay đảng viên điện tử", "tep.csv", csv.toString().getBytes(StandardCharsets.UTF_8), by).id();
  }
}
