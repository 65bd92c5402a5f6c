package vn.dondoc.followup.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.followup.ReminderPlan;
import vn.dondoc.notification.Notifier;

/**
 * Task_SendReminder: before the deadline "N ngày nữa đến hạn", after it "đã quá hạn N ngày", to
 * the responsible person. Non-interrupting: his tasks stay where they are.
 */
@Component
class FollowUpReminderDelegate implements JavaDelegate {

  private final FollowUpContext context;
  private final Notifier notifier;

  FollowUpReminderDelegate(FollowUpContext context, Notifier notifier) {
    this.context = context;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUp followUp = context.followUp(context.id(execution));
    if (followUp.responsibleUserId() == null) {
      return;
    }
    ReminderPlan plan = context.plan(followUp);
    long offset = plan.dayOffsetNow(context.now());
    Map<String, Object> values = new HashMap<>(context.values(followUp));
    values.put(offset < 0 ? "daysLeft" : "daysOverdue", Math.abs(offset));
    notifier.notify(List.of(followUp.responsibleUserId()), offset < 0 ? "followup-reminder" : "followup-overdue", values,
        context.openTaskLink(execution.getProcessInstanceId()));
  }
}
