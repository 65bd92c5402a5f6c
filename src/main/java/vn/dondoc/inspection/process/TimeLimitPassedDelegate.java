package vn.dondoc.inspection.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.inspection.Inspection;

/** Task_TimeLimitPassed: the legal time limit ended before the conclusion was approved; the committees and the team are told. */
@Component
class TimeLimitPassedDelegate implements JavaDelegate {

  private final InspectionContext context;

  TimeLimitPassedDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inspection inspection = context.inspection(execution);
    context.notify(context.supervisors(inspection), "inspection-time-limit", inspection,
        Map.of("deadline", inspection.timeLimit().orElseThrow().endsOn()));
  }
}
