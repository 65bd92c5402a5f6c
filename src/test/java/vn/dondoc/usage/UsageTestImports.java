package vn.dondoc.usage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.springframework.context.ApplicationContext;
import vn.dondoc.organization.Organization;

/** Imports app statistics through the real importer for tests of other features (the importer is the usage package's own). */
public final class UsageTestImports {

  private UsageTestImports() {
  }

  /**
   * One member per row, none exempt: per branch {members, of whom accessed}.
   *
   * @return the snapshot id
   */
  public static long appMembers(ApplicationContext context, Organization scope, String[] branchCodes, int[][] branches,
      LocalDateTime asOf, String importedBy) {
    StringBuilder app = new StringBuilder("Mã đảng viên,Mã tổ chức,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập,Miễn sinh hoạt\n");
    for (int b = 0; b < branches.length; b++) {
      for (int m = 0; m < branches[b][0]; m++) {
        app.append(branchCodes[b]).append("DV").append(m).append(',').append(branchCodes[b]).append(",Có,")
            .append(m < branches[b][1] ? "09/03/2026 08:00,4" : ",0").append(",Không\n");
      }
    }
    return context.getBean(UsageImporter.class).importFile(SnapshotKind.APP_MEMBERS, scope, asOf, "Sổ tay đảng viên điện tử",
        "tep.csv", app.toString().getBytes(StandardCharsets.UTF_8), importedBy).id();
  }
}
