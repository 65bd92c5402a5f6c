package vn.dondoc.followup.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_Complete: the report was accepted; done on time or late follows from the deadline. */
@Component
class FollowUpCompletedDelegate implements JavaDelegate {

  private final FollowUpContext context;

  FollowUpCompletedDelegate(FollowUpContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    context.repository().completed(context.id(execution), context.now());
  }
}
