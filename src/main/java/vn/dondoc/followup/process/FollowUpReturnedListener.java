package vn.dondoc.followup.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.notification.Notifier;

/**
 * Task_SubmitReport, on create after a returned report: the responsible person gets the reviewer's
 * comment with a link to the new report task. The first report task needs no notice.
 */
@Component
class FollowUpReturnedListener implements TaskListener {

  private final FollowUpContext context;
  private final Notifier notifier;

  FollowUpReturnedListener(FollowUpContext context, Notifier notifier) {
    this.context = context;
    this.notifier = notifier;
  }

  /** The review's variables live on the instance: read there, since a new task's own lookup costs a query. */
  @Override
  public void notify(DelegateTask task) {
    if (!BranchFollowUp.DECISION_RETURN.equals(task.getExecution().getVariable(BranchFollowUp.VAR_REVIEW_DECISION))) {
      return;
    }
    FollowUp followUp = context.followUp(context.id(task.getExecution()));
    if (followUp.responsibleUserId() != null) {
      Map<String, Object> values = new HashMap<>(context.values(followUp));
      values.put("comment", task.getExecution().getVariable(BranchFollowUp.VAR_REVIEW_COMMENT));
      notifier.notify(List.of(followUp.responsibleUserId()), "followup-returned", values, FollowUpContext.taskLink(task.getId()));
    }
  }
}
