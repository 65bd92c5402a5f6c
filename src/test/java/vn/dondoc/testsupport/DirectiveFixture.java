package vn.dondoc.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveRequest;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.organization.OrganizationImporter;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.organization.Visibility;

/**
 * A commune with branches, its staff, and directives addressed to them, made through the
 * application's own services. Each fixture uses its own prefix so tests never share data.
 */
public final class DirectiveFixture {

  public final String commune;
  public final String staff;
  public final String standing;
  public final String inspection;
  private final DirectiveService directives;
  private final TaskService tasks;

  private DirectiveFixture(String prefix, DirectiveService directives, TaskService tasks) {
    this.commune = prefix + "-X";
    this.staff = prefix.toLowerCase() + ".xdd";
    this.standing = prefix.toLowerCase() + ".tt";
    this.inspection = prefix.toLowerCase() + ".ubkt";
    this.directives = directives;
    this.tasks = tasks;
  }

  /** A commune {prefix}-X with {@code branches} branches {prefix}-B1…, secretaries {prefix}.b1…. */
  public static DirectiveFixture commune(String prefix, int branches, OrganizationImporter importer, IdentityService identity,
      DirectiveService directives, TaskService tasks) {
    StringBuilder csv = new StringBuilder("Mã,Tên,Loại,Mã cấp trên,Tài khoản bí thư,Họ tên bí thư\n");
    csv.append(prefix).append("-X,Đảng ủy xã ").append(prefix).append(",Đảng ủy xã,,,\n");
    for (int b = 1; b <= branches; b++) {
      csv.append(prefix).append("-B").append(b).append(",Chi bộ bản ").append(b).append(",Chi bộ cơ sở,").append(prefix)
          .append("-X,").append(prefix.toLowerCase()).append(".b").append(b).append(",Lò Văn ").append(b).append('\n');
    }
    importer.importFile("to-chuc.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "test", Visibility.ALL);
    DirectiveFixture fixture = new DirectiveFixture(prefix, directives, tasks);
    member(identity, fixture.staff, ScopeRole.PARTY_BUILDING.groupId(fixture.commune));
    member(identity, fixture.standing, ScopeRole.STANDING.groupId(fixture.commune));
    member(identity, fixture.inspection, ScopeRole.INSPECTION.groupId(fixture.commune));
    return fixture;
  }

  public String branch(int n) {
    return commune.replace("-X", "-B" + n);
  }

  public String secretary(int n) {
    return commune.replace("-X", "").toLowerCase() + ".b" + n;
  }

  /** A draft directive of the commune to every branch, due on {@code completeBy}. */
  public Directive draft(LocalDate completeBy) {
    DirectiveRequest request = new DirectiveRequest("12-CV/ĐU", null, "Sì Lở Lầu", commune, "Ban Thường vụ",
        "V/v đẩy mạnh sử dụng ứng dụng Sổ tay đảng viên điện tử", "Đề nghị các chi bộ …", "Nguyễn Ngọc Thành",
        "Phó Bí thư Thường trực", null, completeBy, null, null, List.of("Sinh hoạt chi bộ trên ứng dụng"), List.of(),
        List.of("Kế hoạch số 22-KH/ĐU"), List.of(new Directive.Recipient(commune, true)));
    return directives.create(request.toDirective(), staff, Set.of(ScopeRole.PARTY_BUILDING.groupId(commune)));
  }

  /** The follow-up of one recipient of a directive. */
  public static FollowUp followUp(FollowUpRepository followUps, long directiveId, String organizationCode) {
    return followUps.ofDirective(directiveId).stream().filter(f -> f.organizationCode().equals(organizationCode))
        .findFirst().orElseThrow();
  }

  public Task task(String processInstanceId, String key) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
  }

  private static void member(IdentityService identity, String userId, String groupId) {
    User user = identity.newUser(userId);
    user.setFirstName("Cán bộ");
    user.setLastName(userId);
    identity.saveUser(user);
    identity.createMembership(userId, groupId);
  }
}
