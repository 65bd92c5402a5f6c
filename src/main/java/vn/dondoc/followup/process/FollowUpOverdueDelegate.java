package vn.dondoc.followup.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_MarkOverdue: the deadline passed without the work done; the follow-up is marked overdue.
 * The commune's party-building staff and inspection committee are told with their supervision task.
 */
@Component
class FollowUpOverdueDelegate implements JavaDelegate {

  private final FollowUpContext context;

  FollowUpOverdueDelegate(FollowUpContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    context.repository().overdue(context.id(execution), context.now());
  }
}
