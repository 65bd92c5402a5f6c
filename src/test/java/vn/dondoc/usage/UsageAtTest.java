package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationImporter;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.testsupport.DirectiveFixture;
import vn.dondoc.testsupport.SpringProcessTest;

/**
 * What the selection and the rating read of the usage statistics, through the real importer: the
 * snapshot strictly before the moment, corrected by the member database, banded with the committee's
 * bands (the application's here: commended from 100%, low up to 25%), and the trend since the app
 * snapshot before it.
 */
class UsageAtTest extends SpringProcessTest {

  @Autowired OrganizationImporter organizationImporter;
  @Autowired OrganizationRepository organizations;
  @Autowired IdentityService identity;
  @Autowired DirectiveService directives;
  @Autowired TaskService tasks;
  @Autowired UsageImporter importer;
  @Autowired UsageAt usage;
  @Autowired ApplicationContext context;

  @Test
  void theSnapshotBeforeTheMomentCorrectedBandedAndItsTrend() {
    DirectiveFixture fixture = DirectiveFixture.commune("UQ", 2, organizationImporter, identity, directives, tasks);
    Organization commune = organizations.find(fixture.commune).orElseThrow();
    List<Organization> subtree = organizations.within(List.of(commune.path()));
    String b1 = fixture.branch(1);
    String b2 = fixture.branch(2);
    // The database: B1's members 5 to 9 are exempt, B2's all in activity.
    StringBuilder database = new StringBuilder("Mã đảng viên,Mã tổ chức,Họ và tên,Trạng thái\n");
    for (int m = 0; m < 10; m++) {
      database.append(b1).append("DV").append(m).append(',').append(b1).append(",Đảng viên ").append(m)
          .append(m >= 5 ? ",Miễn sinh hoạt\n" : ",Đang sinh hoạt\n");
      database.append(b2).append("DV").append(m).append(',').append(b2).append(",Đảng viên ").append(m)
          .append(",Đang sinh hoạt\n");
    }
    upload(SnapshotKind.MEMBER_DATABASE, commune, "2026-03-10T16:00", database.toString(), fixture.staff);
    // The app has nobody exempt: B1 2 of 10 accessed (20%, low), corrected 2 of 5 in activity (40%).
    long first = UsageImports.app(context, commune, LocalDateTime.parse("2026-03-10T17:00"), fixture.staff,
        Map.of(b1, new int[] {10, 2, 2}, b2, new int[] {10, 10, 10}));
    UsageImports.app(context, commune, LocalDateTime.parse("2026-03-20T17:00"), fixture.staff,
        Map.of(b1, new int[] {10, 5, 5}, b2, new int[] {10, 10, 10}));

    // A snapshot taken at the moment itself is not yet counted.
    UsageAt.Trend atFirst = usage.trendBefore(commune, subtree, LocalDateTime.parse("2026-03-10T17:00"));
    assertThat(atFirst.now()).isNull();
    assertThat(atFirst.band(b1)).isEqualTo("NO_DATA");
    assertThat(atFirst.accessTrend(b1)).isNull();

    UsageAt.Trend afterFirst = usage.trendBefore(commune, subtree, LocalDateTime.parse("2026-03-10T17:01"));
    assertThat(afterFirst.now().snapshotId()).isEqualTo(first);
    assertThat(afterFirst.previous()).isNull();
    assertThat(afterFirst.now().byOrganization().get(b1))
        .isEqualTo(new UsageAt.OrganizationRates(new BigDecimal("40.00"), new BigDecimal("40.00"), "MIDDLE"));
    assertThat(afterFirst.band(b2)).isEqualTo("COMMENDED");
    assertThat(afterFirst.accessTrend(b1)).isNull();

    // B1 now 5 of its 5 in activity: commended, 60 points up; the rating reads the same snapshot.
    UsageAt.Trend later = usage.trendBefore(commune, subtree, LocalDateTime.parse("2026-04-01T00:00"));
    assertThat(later.previous().snapshotId()).isEqualTo(first);
    assertThat(later.band(b1)).isEqualTo("COMMENDED");
    assertThat(later.accessTrend(b1)).isEqualByComparingTo("60.00");
    assertThat(later.accessTrend(b2)).isEqualByComparingTo("0.00");
    assertThat(usage.newestBefore(commune, subtree, LocalDateTime.parse("2026-04-01T00:00"))).contains(later.now());
  }

  private void upload(SnapshotKind kind, Organization scope, String asOf, String file, String by) {
    importer.importFile(kind, scope, LocalDateTime.parse(asOf), "CSDL đảng viên", "tep.csv",
        file.getBytes(StandardCharsets.UTF_8), by);
  }
}
