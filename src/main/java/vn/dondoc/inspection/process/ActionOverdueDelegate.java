package vn.dondoc.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.inspection.ActionStatus;
import vn.dondoc.inspection.RemediationAction;

/**
 * Task_ActionOverdue: the action's deadline day ended before the team verified it; it is marked
 * overdue and the committees and the team are told.
 */
@Component
class ActionOverdueDelegate implements JavaDelegate {

  private final InspectionContext context;

  ActionOverdueDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RemediationAction action = context.service().action(context.actionId(execution));
    if (action.status() != ActionStatus.VERIFIED) {
      context.service().actionOverdue(action.id());
      context.escalate(context.inspection(execution), ActionReminderDelegate.what(action), action.dueOn());
    }
  }
}
