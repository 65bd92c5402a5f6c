package vn.dondoc.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;

/**
 * Task_RecordActionVerification: verified (the evaluation's row gets its day), or rejected with a
 * comment, which the organisation sees on its task to redo it.
 */
@Component
class ActionVerifiedDelegate implements JavaDelegate {

  private final InspectionContext context;

  ActionVerifiedDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = InspectionContext.text(execution, InspectionFlow.VAR_VERIFY_DECISION);
    if (!InspectionFlow.VERIFY.equals(decision) && !InspectionFlow.REJECT.equals(decision)) {
      throw TaskInput.refused(InspectionFlow.VAR_VERIFY_DECISION, "Chọn \"Xác nhận đã khắc phục\" hoặc \"Chưa đạt, yêu cầu làm lại\"");
    }
    TaskInput.checked(() -> context.service().verifyAction(context.actionId(execution),
        InspectionFlow.VERIFY.equals(decision), InspectionContext.text(execution, InspectionFlow.VAR_VERIFY_COMMENT),
        InspectionContext.currentUser(execution)));
  }
}
