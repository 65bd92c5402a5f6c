package vn.dondoc.inspection.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;
import vn.dondoc.inspection.Inspection;

/**
 * Task_RecordPlanDecision: the standing committee returns the plan (with a comment) or approves it —
 * the decision: the legal time limit starts, and the organisation's leaders are told what to report by when.
 */
@Component
class PlanDecidedDelegate implements JavaDelegate {

  private final InspectionContext context;

  PlanDecidedDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = InspectionContext.text(execution, InspectionFlow.VAR_PLAN_DECISION);
    if (!InspectionFlow.APPROVE.equals(decision) && !InspectionFlow.RETURN.equals(decision)) {
      throw TaskInput.refused(InspectionFlow.VAR_PLAN_DECISION, "Chọn \"Duyệt kế hoạch, ra quyết định kiểm tra\" hoặc \"Trả lại để sửa\"");
    }
    long id = context.id(execution);
    TaskInput.checked(() -> context.service().decidePlan(id, InspectionFlow.APPROVE.equals(decision),
        InspectionContext.text(execution, InspectionFlow.VAR_PLAN_COMMENT), InspectionContext.currentUser(execution)));
    if (InspectionFlow.APPROVE.equals(decision)) {
      Inspection inspection = context.service().find(id);
      context.notify(context.organizationLeaders(inspection), "inspection-decided", inspection,
          Map.of("deadline", inspection.selfReportDue(), "planContent", inspection.planContent()));
    }
  }
}
