package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;
import vn.dondoc.supervision.Supervision;
import vn.dondoc.supervision.SupervisionService;

/**
 * Task_RecordMeeting: the member's notes on the branch meeting he attended, about that branch. Runs
 * in the transaction completing Task_AttendMeeting, so a branch outside the commune refuses the completion.
 */
@Component
class RecordMeetingDelegate implements JavaDelegate {

  private final SupervisionService supervisions;

  RecordMeetingDelegate(SupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskInput.checked(() -> supervisions.addFinding(SupervisionFlow.supervisionId(execution),
        SupervisionFlow.text(execution, SupervisionFlow.VAR_MEETING_ORGANIZATION), Supervision.Activity.MEETING,
        SupervisionFlow.text(execution, SupervisionFlow.VAR_MEETING_NOTES), Actor.of(execution.getProcessEngineServices())));
  }
}
