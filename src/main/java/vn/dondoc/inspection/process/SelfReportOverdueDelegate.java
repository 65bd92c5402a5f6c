package vn.dondoc.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.inspection.Inspection;

/**
 * Task_SelfReportOverdue: the self-report's deadline day ended without it; the inspection is marked
 * and the committees and the team are told. The organisation's task stays open.
 */
@Component
class SelfReportOverdueDelegate implements JavaDelegate {

  private final InspectionContext context;

  SelfReportOverdueDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inspection inspection = context.inspection(execution);
    context.service().selfReportOverdue(inspection.id());
    context.escalate(inspection, SelfReportReminderDelegate.WHAT, inspection.selfReportDue());
  }
}
