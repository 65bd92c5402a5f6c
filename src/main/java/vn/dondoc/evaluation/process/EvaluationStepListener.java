package vn.dondoc.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.EvaluationService;
import vn.dondoc.evaluation.EvaluationStatus;

/**
 * On completing Task_Review, Task_InspectionOpinion or Task_Decide: what the body said is recorded
 * with its author, and the evaluation waits for the next body (after a return, for the review again).
 */
@Component
class EvaluationStepListener implements TaskListener {

  private final EvaluationService evaluations;

  EvaluationStepListener(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateTask task) {
    long evaluationId = ((Number) task.getVariable(EvaluationSteps.VAR_EVALUATION_ID)).longValue();
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String by = user != null ? user.getUserId() : task.getAssignee();
    switch (task.getTaskDefinitionKey()) {
      case EvaluationSteps.TASK_REVIEW -> evaluations.stepCompleted(evaluationId, "REVIEW", null,
          (String) task.getVariable(EvaluationSteps.VAR_REVIEW_NOTE), by, EvaluationStatus.OPINION);
      case EvaluationSteps.TASK_OPINION -> evaluations.stepCompleted(evaluationId, "OPINION", null,
          required(task, EvaluationSteps.VAR_INSPECTION_OPINION, "Ý kiến của Ủy ban Kiểm tra"), by, EvaluationStatus.DECISION);
      case EvaluationSteps.TASK_DECIDE -> {
        Object decision = task.getVariable(EvaluationSteps.VAR_DECISION);
        if (!EvaluationSteps.DECISION_APPROVE.equals(decision) && !EvaluationSteps.DECISION_RETURN.equals(decision)) {
          throw new NotValidException("Trường \"Quyết định\" phải là thông qua hoặc trả lại");
        }
        evaluations.stepCompleted(evaluationId, "DECISION", (String) decision,
            (String) task.getVariable(EvaluationSteps.VAR_DECISION_NOTE), by,
            EvaluationSteps.DECISION_RETURN.equals(decision) ? EvaluationStatus.REVIEW : EvaluationStatus.DECISION);
      }
      default -> throw new IllegalStateException("Không thuộc quy trình đánh giá: " + task.getTaskDefinitionKey());
    }
  }

  private static String required(DelegateTask task, String name, String label) {
    Object value = task.getVariable(name);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new NotValidException("Trường \"" + label + "\" là bắt buộc");
    }
    return text;
  }
}
