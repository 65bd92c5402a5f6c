package vn.dondoc.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;

/** Task_RecordSelfReport: the organisation's self-report is kept; its reminders stop. */
@Component
class SelfReportedDelegate implements JavaDelegate {

  private final InspectionContext context;

  SelfReportedDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskInput.checked(() -> context.service().submitSelfReport(context.id(execution),
        InspectionContext.text(execution, InspectionFlow.VAR_SELF_REPORT)));
  }
}
