package vn.dondoc.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.EvaluationService;
import vn.dondoc.evaluation.EvaluationStatus;

/** Task_Review, on complete: the party-building staff's note is recorded; the inspection committee is next. */
@Component
class ReviewCompletedListener implements TaskListener {

  private final EvaluationService evaluations;

  ReviewCompletedListener(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateTask task) {
    evaluations.stepCompleted(EvaluationSteps.evaluationId(task), "REVIEW", null,
        (String) task.getVariable(EvaluationSteps.VAR_REVIEW_NOTE), EvaluationSteps.author(task), EvaluationStatus.OPINION);
  }
}
