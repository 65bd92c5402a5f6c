package vn.dondoc.inspection;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.web.Forbidden;
import vn.dondoc.platform.web.NotFound;

/**
 * Who sees and works an inspection: whoever sees its organisation (its own leaders, the committee
 * bodies above it) or is on its team sees it; the team and the inspection committee record findings
 * and conclude; the organisation's leaders answer; other branches learn nothing, not even that it exists.
 */
@Component
public class InspectionAccess {

  private final InspectionRepository inspections;
  private final OrganizationAccess organizations;

  InspectionAccess(InspectionRepository inspections, OrganizationAccess organizations) {
    this.inspections = inspections;
    this.organizations = organizations;
  }

  public Inspection visible(long id, String userId, Set<String> groups) {
    return inspections.find(id)
        .filter(i -> i.onTeam(userId) || organizations.visible(i.organizationCode(), groups).isPresent())
        .orElseThrow(() -> new NotFound("Không có cuộc kiểm tra " + Inspection.reference(id)));
  }

  /** The team, the scope's inspection committee, administrators. */
  public static boolean mayInspect(Inspection inspection, String userId, Set<String> groups) {
    return inspection.onTeam(userId) || OrganizationAccess.hasRole(groups, inspection.scopeCode(), ScopeRole.INSPECTION);
  }

  /** The inspected organisation's leaders, the team, administrators. */
  public static boolean mayAnswer(Inspection inspection, String userId, Set<String> groups) {
    return inspection.onTeam(userId) || groups.contains(Organization.groupId(inspection.organizationCode()))
        || groups.contains(OrganizationAccess.ADMIN_GROUP);
  }

  public static void mustInspect(Inspection inspection, String userId, Set<String> groups) {
    if (!mayInspect(inspection, userId, groups)) {
      throw new Forbidden("Chỉ đoàn kiểm tra hoặc Ủy ban Kiểm tra được làm việc này");
    }
  }

  /** The team may add what the organisation handed them. */
  public static void mustAnswer(Inspection inspection, String userId, Set<String> groups) {
    if (!mayAnswer(inspection, userId, groups)) {
      throw new Forbidden("Chỉ cấp ủy của tổ chức được kiểm tra hoặc đoàn kiểm tra được làm việc này");
    }
  }

  /** The scope's inspection committee or standing committee. */
  public static void mustDirect(Inspection inspection, Set<String> groups) {
    if (!OrganizationAccess.hasRole(groups, inspection.scopeCode(), ScopeRole.INSPECTION)
        && !OrganizationAccess.hasRole(groups, inspection.scopeCode(), ScopeRole.STANDING)) {
      throw new Forbidden("Chỉ Ủy ban Kiểm tra hoặc Thường trực cấp ủy được làm việc này");
    }
  }
}
