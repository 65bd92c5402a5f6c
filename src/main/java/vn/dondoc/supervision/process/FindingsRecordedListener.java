package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dondoc.supervision.Supervision;
import vn.dondoc.supervision.SupervisionService;

/** Task_RecordFindings, on complete: the findings of the supervision (about the organisation named, or the supervised one). */
@Component
class FindingsRecordedListener implements TaskListener {

  private final SupervisionService supervisions;

  FindingsRecordedListener(SupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void notify(DelegateTask task) {
    supervisions.addFinding(SupervisionFlow.supervisionId(task),
        SupervisionFlow.text(task, SupervisionFlow.VAR_FINDING_ORGANIZATION), Supervision.Activity.FINDING,
        SupervisionFlow.text(task, SupervisionFlow.VAR_FINDINGS), Actor.of(task.getProcessEngineServices(), task.getAssignee()));
  }
}
