package vn.dondoc.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.EvaluationService;
import vn.dondoc.platform.engine.TaskInput;

/**
 * Task_RecordSelfAssessment: keeps the organisation's own band and comment with the rating. Runs in
 * the transaction completing the task, so a bad answer refuses the completion itself.
 */
@Component
class RecordSelfAssessmentDelegate implements JavaDelegate {

  private final EvaluationService evaluations;

  RecordSelfAssessmentDelegate(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskInput.checked(() -> evaluations.selfAssessed(((Number) execution.getVariable(SelfAssessment.VAR_RATING_ID)).longValue(),
        (String) execution.getVariable(SelfAssessment.VAR_SELF_BAND),
        (String) execution.getVariable(SelfAssessment.VAR_SELF_COMMENT), EvaluationSteps.author(execution)));
  }
}
