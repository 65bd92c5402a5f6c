package vn.dondoc.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.inspection.RemediationAction;
import vn.dondoc.platform.time.VietnameseFormat;

/**
 * Task_OpenAction, first in each remediation instance: the action's variables are made local to it,
 * so that the organisation's report and the team's verification of one action never land on another
 * running beside it.
 */
@Component
class OpenActionDelegate implements JavaDelegate {

  private final InspectionContext context;

  OpenActionDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RemediationAction action = context.service().action(context.actionId(execution));
    execution.setVariableLocal(InspectionFlow.VAR_ACTION_TEXT, action.action());
    execution.setVariableLocal(InspectionFlow.VAR_ACTION_DUE, VietnameseFormat.date(action.dueOn()));
    execution.setVariableLocal(InspectionFlow.VAR_ACTION_REPORT, null);
    execution.setVariableLocal(InspectionFlow.VAR_VERIFY_DECISION, null);
    execution.setVariableLocal(InspectionFlow.VAR_VERIFY_COMMENT, null);
  }
}
