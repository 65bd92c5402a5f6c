package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;
import vn.dondoc.supervision.Supervision;
import vn.dondoc.supervision.SupervisionService;

/**
 * Task_StoreFindings: the findings of the supervision (about the organisation named, or the
 * supervised one). Runs in the transaction completing Task_RecordFindings, so findings the service
 * refuses refuse the completion.
 */
@Component
class StoreFindingsDelegate implements JavaDelegate {

  private final SupervisionService supervisions;

  StoreFindingsDelegate(SupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskInput.checked(() -> supervisions.addFinding(SupervisionFlow.supervisionId(execution),
        SupervisionFlow.text(execution, SupervisionFlow.VAR_FINDING_ORGANIZATION), Supervision.Activity.FINDING,
        SupervisionFlow.text(execution, SupervisionFlow.VAR_FINDINGS), Actor.of(execution.getProcessEngineServices())));
  }
}
