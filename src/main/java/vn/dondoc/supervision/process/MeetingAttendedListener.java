package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dondoc.supervision.Supervision;
import vn.dondoc.supervision.SupervisionService;

/** Task_AttendMeeting, on complete: the member's notes on the branch meeting he attended, about that branch. */
@Component
class MeetingAttendedListener implements TaskListener {

  private final SupervisionService supervisions;

  MeetingAttendedListener(SupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void notify(DelegateTask task) {
    supervisions.addFinding(SupervisionFlow.supervisionId(task),
        SupervisionFlow.text(task, SupervisionFlow.VAR_MEETING_ORGANIZATION), Supervision.Activity.MEETING,
        SupervisionFlow.text(task, SupervisionFlow.VAR_MEETING_NOTES), Actor.of(task.getProcessEngineServices(), task.getAssignee()));
  }
}
