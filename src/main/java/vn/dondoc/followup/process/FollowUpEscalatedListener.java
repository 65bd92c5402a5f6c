package vn.dondoc.followup.process;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.notification.Notifier;
import vn.dondoc.organization.ScopeRole;

/**
 * Task_Supervise, on create: the commune's party-building staff and inspection committee learn that
 * the organisation is overdue, with a link to their supervision task.
 */
@Component
class FollowUpEscalatedListener implements TaskListener {

  private final FollowUpContext context;
  private final Notifier notifier;
  private final IdentityService identity;

  FollowUpEscalatedListener(FollowUpContext context, Notifier notifier, IdentityService identity) {
    this.context = context;
    this.notifier = notifier;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateTask task) {
    FollowUp followUp = context.followUp(context.id(task.getExecution()));
    Set<String> supervisors = new LinkedHashSet<>();
    for (ScopeRole role : new ScopeRole[] {ScopeRole.PARTY_BUILDING, ScopeRole.INSPECTION}) {
      identity.createUserQuery().memberOfGroup(role.groupId(followUp.scopeCode())).list().stream()
          .map(User::getId).forEach(supervisors::add);
    }
    Map<String, Object> values = new HashMap<>(context.values(followUp));
    // Supervision starts when the deadline day has ended: the first day overdue.
    values.put("daysOverdue", 1);
    notifier.notify(supervisors, "followup-escalated", values, FollowUpContext.taskLink(task.getId()));
  }
}
