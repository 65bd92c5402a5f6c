package vn.dondoc.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;
import vn.dondoc.inspection.Outcome;

/**
 * Task_RecordConclusion: the team's report and proposed conclusion, refused when it rests on no
 * findings (unless "meets requirements" with the statement that nothing was found) or requires
 * nothing of an organisation with shortcomings or violations.
 */
@Component
class ConclusionProposedDelegate implements JavaDelegate {

  private final InspectionContext context;

  ConclusionProposedDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = InspectionContext.text(execution, InspectionFlow.VAR_OUTCOME);
    TaskInput.checked(() -> context.service().proposeConclusion(context.id(execution),
        InspectionContext.text(execution, InspectionFlow.VAR_TEAM_REPORT), outcome,
        Boolean.TRUE.equals(execution.getVariable(InspectionFlow.VAR_NOTHING_FOUND))));
    execution.setVariable(InspectionFlow.VAR_OUTCOME_LABEL, Outcome.valueOf(outcome).label());
  }
}
