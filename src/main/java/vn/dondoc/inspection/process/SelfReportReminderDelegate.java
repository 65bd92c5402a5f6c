package vn.dondoc.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.inspection.Inspection;

/** Task_SelfReportReminder: the organisation's leaders are reminded of the self-report's deadline. */
@Component
class SelfReportReminderDelegate implements JavaDelegate {

  static final String WHAT = "báo cáo tự kiểm tra";

  private final InspectionContext context;

  SelfReportReminderDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inspection inspection = context.inspection(execution);
    context.remind(inspection, WHAT, inspection.selfReportDue());
  }
}
