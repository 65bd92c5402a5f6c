package vn.dondoc.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.EvaluationService;
import vn.dondoc.evaluation.EvaluationStatus;

/** Task_RecordReview: the party-building staff's note is recorded; the inspection committee is next. */
@Component
class RecordReviewDelegate implements JavaDelegate {

  private final EvaluationService evaluations;

  RecordReviewDelegate(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    evaluations.stepCompleted(EvaluationSteps.evaluationId(execution), "REVIEW", null,
        (String) execution.getVariable(EvaluationSteps.VAR_REVIEW_NOTE), EvaluationSteps.author(execution), EvaluationStatus.OPINION);
  }
}
