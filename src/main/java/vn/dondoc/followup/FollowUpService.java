package vn.dondoc.followup;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.platform.web.Forbidden;
import vn.dondoc.platform.web.NotFound;

/** Consolidating a directive's follow-ups, and handing a follow-up to another person. */
@Service
public class FollowUpService {

  private final FollowUpRepository followUps;
  private final OrganizationRepository organizations;
  private final FollowUpTasks tasks;
  private final Clock clock;

  FollowUpService(FollowUpRepository followUps, OrganizationRepository organizations, FollowUpTasks tasks, Clock clock) {
    this.followUps = followUps;
    this.organizations = organizations;
    this.tasks = tasks;
    this.clock = clock;
  }

  public Consolidation consolidate(long directiveId) {
    return Consolidation.of(directiveId, followUps.ofDirective(directiveId), clock.instant(), TimeConfiguration.VIETNAM);
  }

  public byte[] consolidationWorkbook(long directiveId) {
    return ConsolidationWorkbook.xlsx(consolidate(directiveId), TimeConfiguration.VIETNAM);
  }

  /**
   * Party-building staff of the commune hand a follow-up to someone else (a deputy, a member the
   * secretary delegates to); its open task and the tasks after it go to that person.
   */
  @Transactional
  public void reassign(long followUpId, String userId, String byUserId, Set<String> groups) {
    FollowUp followUp = followUps.find(followUpId)
        .orElseThrow(() -> new NotFound("Không có theo dõi " + followUpId));
    if (!OrganizationAccess.hasRole(groups, followUp.scopeCode(), ScopeRole.PARTY_BUILDING)) {
      throw new Forbidden("Chỉ Ban Xây dựng Đảng được giao lại người chịu trách nhiệm");
    }
    followUps.responsible(followUpId, userId);
    if (followUp.processInstanceId() != null && followUp.completedAt() == null && followUp.withdrawnAt() == null) {
      tasks.reassign(followUp.processInstanceId(), userId, byUserId);
    }
  }

  /** The follow-ups of an organisation and of those below it. */
  public List<FollowUp> ofOrganization(String code) {
    Organization organization = organizations.find(code).orElseThrow();
    return followUps.within(List.of(organization.path()));
  }
}
