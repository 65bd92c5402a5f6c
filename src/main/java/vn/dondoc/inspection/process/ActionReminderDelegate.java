package vn.dondoc.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.inspection.RemediationAction;

/**
 * Task_ActionReminder: the organisation's leaders are reminded of an action's deadline — unless
 * the action is with the team, waiting for verification.
 */
@Component
class ActionReminderDelegate implements JavaDelegate {

  private final InspectionContext context;

  ActionReminderDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RemediationAction action = context.service().action(context.actionId(execution));
    if (action.status().awaitsOrganization()) {
      context.remind(context.inspection(execution), what(action), action.dueOn());
    }
  }

  static String what(RemediationAction action) {
    return "khắc phục: " + action.action();
  }
}
