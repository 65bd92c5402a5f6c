package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dondoc.supervision.SupervisionService;

/** Task_ApprovePlan, on complete: the standing committee's approval, or the plan returned with a reason. */
@Component
class PlanDecidedListener implements TaskListener {

  private final SupervisionService supervisions;

  PlanDecidedListener(SupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void notify(DelegateTask task) {
    supervisions.decidePlan(SupervisionFlow.supervisionId(task), Boolean.TRUE.equals(task.getVariable(SupervisionFlow.VAR_APPROVED)),
        SupervisionFlow.text(task, SupervisionFlow.VAR_RETURN_COMMENT), Actor.of(task.getProcessEngineServices(), task.getAssignee()));
  }
}
