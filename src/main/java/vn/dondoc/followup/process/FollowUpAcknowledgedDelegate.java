package vn.dondoc.followup.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordAcknowledgement: when the organisation acknowledged. */
@Component
class FollowUpAcknowledgedDelegate implements JavaDelegate {

  private final FollowUpContext context;

  FollowUpAcknowledgedDelegate(FollowUpContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    context.repository().acknowledged(context.id(execution), context.now());
  }
}
