package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;
import vn.dondoc.supervision.SupervisionService;

/**
 * Task_StoreConclusion: the conclusion, stored for the evaluation (dd_inspection_conclusion, kind
 * SUPERVISION). Runs in the transaction completing Task_Conclude, so a conclusion the service
 * refuses refuses the completion.
 */
@Component
class StoreConclusionDelegate implements JavaDelegate {

  private final SupervisionService supervisions;

  StoreConclusionDelegate(SupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskInput.checked(() -> supervisions.conclude(SupervisionFlow.supervisionId(execution),
        SupervisionFlow.text(execution, SupervisionFlow.VAR_OUTCOME), SupervisionFlow.text(execution, SupervisionFlow.VAR_CONCLUSION)));
  }
}
