package vn.dondoc.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordVerification: the team has verified; the inspection moves on to its conclusion. */
@Component
class VerifiedDelegate implements JavaDelegate {

  private final InspectionContext context;

  VerifiedDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    context.service().verified(context.id(execution), InspectionContext.text(execution, InspectionFlow.VAR_VERIFICATION_NOTE));
  }
}
