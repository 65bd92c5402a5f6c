package vn.dondoc.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.EvaluationService;
import vn.dondoc.evaluation.EvaluationStatus;

/**
 * Task_Decide, on complete: the standing committee's decision and note are recorded; a returned
 * evaluation waits for the review again, an approved one is published next.
 */
@Component
class DecisionCompletedListener implements TaskListener {

  private final EvaluationService evaluations;

  DecisionCompletedListener(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(EvaluationSteps.VAR_DECISION);
    if (!EvaluationSteps.DECISION_APPROVE.equals(decision) && !EvaluationSteps.DECISION_RETURN.equals(decision)) {
      throw new NotValidException("Trường \"Quyết định\" phải là thông qua hoặc trả lại");
    }
    evaluations.stepCompleted(EvaluationSteps.evaluationId(task), "DECISION", (String) decision,
        (String) task.getVariable(EvaluationSteps.VAR_DECISION_NOTE), EvaluationSteps.author(task),
        EvaluationSteps.DECISION_RETURN.equals(decision) ? EvaluationStatus.REVIEW : EvaluationStatus.DECISION);
  }
}
