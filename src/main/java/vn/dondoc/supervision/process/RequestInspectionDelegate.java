package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.inspection.Origin;
import vn.dondoc.platform.engine.TaskInput;
import vn.dondoc.supervision.InspectionRequests;
import vn.dondoc.supervision.Supervision;
import vn.dondoc.supervision.SupervisionService;

/**
 * Task_RequestInspection: the findings call for an inspection (of the organisation named, or the
 * supervised one). Still in the transaction completing Task_Conclude: an organisation outside the
 * supervised one refuses that completion.
 */
@Component
class RequestInspectionDelegate implements JavaDelegate {

  private final SupervisionService supervisions;
  private final InspectionRequests inspections;

  RequestInspectionDelegate(SupervisionService supervisions, InspectionRequests inspections) {
    this.supervisions = supervisions;
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = SupervisionFlow.supervisionId(execution);
    String target = TaskInput.checked(() -> supervisions.inspectionTarget(id,
        SupervisionFlow.text(execution, SupervisionFlow.VAR_INSPECT_ORGANIZATION)));
    inspections.request(target, Origin.SUPERVISION, Supervision.reference(id),
        Actor.of(execution.getProcessEngineServices()));
  }
}
