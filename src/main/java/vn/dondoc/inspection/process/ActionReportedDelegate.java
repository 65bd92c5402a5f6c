package vn.dondoc.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;

/** Task_RecordActionReport: the organisation reports the action done; it waits for the team. */
@Component
class ActionReportedDelegate implements JavaDelegate {

  private final InspectionContext context;

  ActionReportedDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskInput.checked(() -> context.service().reportAction(context.actionId(execution),
        InspectionContext.text(execution, InspectionFlow.VAR_ACTION_REPORT)));
  }
}
