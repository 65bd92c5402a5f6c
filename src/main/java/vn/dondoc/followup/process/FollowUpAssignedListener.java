package vn.dondoc.followup.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.notification.Notifier;

/** Task_Acknowledge, on create: the responsible person learns of the directive, with a link to his task. */
@Component
class FollowUpAssignedListener implements TaskListener {

  private final FollowUpContext context;
  private final Notifier notifier;

  FollowUpAssignedListener(FollowUpContext context, Notifier notifier) {
    this.context = context;
    this.notifier = notifier;
  }

  @Override
  public void notify(DelegateTask task) {
    FollowUp followUp = context.followUp(context.id(task.getExecution()));
    if (followUp.responsibleUserId() != null) {
      notifier.notify(List.of(followUp.responsibleUserId()), "followup-assigned", context.values(followUp),
          FollowUpContext.taskLink(task.getId()));
    }
  }
}
