package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;
import vn.dondoc.supervision.Supervision;
import vn.dondoc.supervision.SupervisionService;

/**
 * Task_RecordDashboards: the member's notes on the dashboards and reports of the commune. Runs in
 * the transaction completing Task_ReviewDashboards, so notes the service refuses refuse the completion.
 */
@Component
class RecordDashboardsDelegate implements JavaDelegate {

  private final SupervisionService supervisions;

  RecordDashboardsDelegate(SupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskInput.checked(() -> supervisions.addFinding(SupervisionFlow.supervisionId(execution), null, Supervision.Activity.DASHBOARD,
        SupervisionFlow.text(execution, SupervisionFlow.VAR_DASHBOARD_NOTES), Actor.of(execution.getProcessEngineServices())));
  }
}
