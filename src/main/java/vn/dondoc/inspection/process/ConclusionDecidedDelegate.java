package vn.dondoc.inspection.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;

/**
 * Task_RecordConclusionDecision: the standing committee returns the draft conclusion (with a
 * comment) or approves it; approved, the conclusion and its remediation rows are written for the
 * evaluation and {@code actionIds} lists the actions to follow up.
 */
@Component
class ConclusionDecidedDelegate implements JavaDelegate {

  private final InspectionContext context;

  ConclusionDecidedDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = InspectionContext.text(execution, InspectionFlow.VAR_CONCLUSION_DECISION);
    if (!InspectionFlow.APPROVE.equals(decision) && !InspectionFlow.RETURN.equals(decision)) {
      throw TaskInput.refused(InspectionFlow.VAR_CONCLUSION_DECISION, "Chọn \"Duyệt kết luận\" hoặc \"Trả lại để sửa\"");
    }
    List<Long> actionIds = TaskInput.checked(() -> context.service().decideConclusion(context.id(execution),
        InspectionFlow.APPROVE.equals(decision), InspectionContext.text(execution, InspectionFlow.VAR_CONCLUSION_COMMENT)));
    // A plain ArrayList: the engine serialises the collection the multi-instance reads.
    execution.setVariable(InspectionFlow.VAR_ACTION_IDS, new ArrayList<>(actionIds));
  }
}
