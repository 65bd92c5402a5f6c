package vn.dondoc.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_Close: the conclusion approved and every required action verified; the inspection ends. */
@Component
class CloseInspectionDelegate implements JavaDelegate {

  private final InspectionContext context;

  CloseInspectionDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    context.service().close(context.id(execution));
  }
}
