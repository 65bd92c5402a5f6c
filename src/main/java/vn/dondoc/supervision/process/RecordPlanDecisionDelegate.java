package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;
import vn.dondoc.supervision.SupervisionService;

/**
 * Task_RecordPlanDecision: the standing committee's approval, or the plan returned with a reason.
 * Runs in the transaction completing Task_ApprovePlan, so a return without a reason refuses it.
 */
@Component
class RecordPlanDecisionDelegate implements JavaDelegate {

  private final SupervisionService supervisions;

  RecordPlanDecisionDelegate(SupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskInput.checked(() -> supervisions.decidePlan(SupervisionFlow.supervisionId(execution),
        Boolean.TRUE.equals(execution.getVariable(SupervisionFlow.VAR_APPROVED)),
        SupervisionFlow.text(execution, SupervisionFlow.VAR_RETURN_COMMENT), Actor.of(execution.getProcessEngineServices())));
  }
}
