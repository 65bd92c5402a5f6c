package vn.dondoc.followup.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.notification.Notifier;

/** Task_MarkWithdrawn of a follow-up: the directive was withdrawn; the organisation is told. */
@Component
class FollowUpWithdrawnDelegate implements JavaDelegate {

  private final FollowUpContext context;
  private final Notifier notifier;

  FollowUpWithdrawnDelegate(FollowUpContext context, Notifier notifier) {
    this.context = context;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUp followUp = context.followUp(context.id(execution));
    context.repository().withdrawn(followUp.id(), context.now());
    if (followUp.responsibleUserId() != null) {
      notifier.notify(List.of(followUp.responsibleUserId()), "directive-withdrawn", context.values(followUp), null);
    }
  }
}
