package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dondoc.supervision.Supervision;
import vn.dondoc.supervision.SupervisionService;

/** Task_ReviewDashboards, on complete: the member's notes on the dashboards and reports of the commune. */
@Component
class DashboardsReviewedListener implements TaskListener {

  private final SupervisionService supervisions;

  DashboardsReviewedListener(SupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void notify(DelegateTask task) {
    supervisions.addFinding(SupervisionFlow.supervisionId(task), null, Supervision.Activity.DASHBOARD,
        SupervisionFlow.text(task, SupervisionFlow.VAR_DASHBOARD_NOTES), Actor.of(task.getProcessEngineServices(), task.getAssignee()));
  }
}
