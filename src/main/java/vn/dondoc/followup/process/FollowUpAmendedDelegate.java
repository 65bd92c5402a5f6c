package vn.dondoc.followup.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.notification.Notifier;
import vn.dondoc.platform.time.VietnameseFormat;

/**
 * Task_ApplyAmendment: the directive's deadline changed (the row already carries it). A follow-up
 * no longer late stops being overdue; the watch restarts with timers from the new deadline.
 */
@Component
class FollowUpAmendedDelegate implements JavaDelegate {

  private final FollowUpContext context;
  private final Notifier notifier;

  FollowUpAmendedDelegate(FollowUpContext context, Notifier notifier) {
    this.context = context;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUp followUp = context.followUp(context.id(execution));
    if (followUp.overdueSince() != null && context.now().isBefore(context.plan(followUp).overdueFrom())) {
      context.repository().overdue(followUp.id(), null);
    }
    execution.setVariable(BranchFollowUp.VAR_DEADLINE_TEXT, VietnameseFormat.date(followUp.deadline()));
    if (followUp.responsibleUserId() != null) {
      notifier.notify(List.of(followUp.responsibleUserId()), "directive-amended", context.values(followUp),
          context.openTaskLink(execution.getProcessInstanceId()));
    }
  }
}
