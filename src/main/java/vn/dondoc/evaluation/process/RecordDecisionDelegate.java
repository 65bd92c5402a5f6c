package vn.dondoc.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.EvaluationService;
import vn.dondoc.evaluation.EvaluationStatus;
import vn.dondoc.platform.engine.TaskInput;

/**
 * Task_RecordDecision: the standing committee's decision and note are recorded; a returned
 * evaluation waits for the review again, an approved one is published next. Runs in the
 * transaction completing the decision task, so a decision the form does not offer refuses it.
 */
@Component
class RecordDecisionDelegate implements JavaDelegate {

  private final EvaluationService evaluations;

  RecordDecisionDelegate(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object decision = execution.getVariable(EvaluationSteps.VAR_DECISION);
    if (!EvaluationSteps.DECISION_APPROVE.equals(decision) && !EvaluationSteps.DECISION_RETURN.equals(decision)) {
      throw TaskInput.refused(EvaluationSteps.VAR_DECISION, "Trường \"Quyết định\" phải là thông qua hoặc trả lại");
    }
    evaluations.stepCompleted(EvaluationSteps.evaluationId(execution), "DECISION", (String) decision,
        (String) execution.getVariable(EvaluationSteps.VAR_DECISION_NOTE), EvaluationSteps.author(execution),
        EvaluationSteps.DECISION_RETURN.equals(decision) ? EvaluationStatus.REVIEW : EvaluationStatus.DECISION);
  }
}
