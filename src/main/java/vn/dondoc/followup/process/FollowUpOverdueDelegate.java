package vn.dondoc.followup.process;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.notification.Notifier;
import vn.dondoc.organization.ScopeRole;

/**
 * Task_MarkOverdue: the deadline passed without the work done. The follow-up is marked overdue and
 * the commune's party-building staff and inspection committee are told; their supervision task
 * comes next.
 */
@Component
class FollowUpOverdueDelegate implements JavaDelegate {

  private final FollowUpContext context;
  private final Notifier notifier;
  private final IdentityService identity;

  FollowUpOverdueDelegate(FollowUpContext context, Notifier notifier, IdentityService identity) {
    this.context = context;
    this.notifier = notifier;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUp followUp = context.followUp(context.id(execution));
    context.repository().overdue(followUp.id(), context.now());
    Set<String> supervisors = new LinkedHashSet<>();
    for (ScopeRole role : new ScopeRole[] {ScopeRole.PARTY_BUILDING, ScopeRole.INSPECTION}) {
      identity.createUserQuery().memberOfGroup(role.groupId(followUp.scopeCode())).list().stream()
          .map(User::getId).forEach(supervisors::add);
    }
    Map<String, Object> values = new HashMap<>(context.values(followUp));
    values.put("daysOverdue", 1);
    notifier.notify(supervisors, "followup-escalated", values, FollowUpContext.TASKLIST);
  }
}
