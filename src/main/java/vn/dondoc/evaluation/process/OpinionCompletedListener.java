package vn.dondoc.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.EvaluationService;
import vn.dondoc.evaluation.EvaluationStatus;

/**
 * Task_InspectionOpinion, on complete: the inspection committee's opinion (required) is recorded;
 * the standing committee is next.
 */
@Component
class OpinionCompletedListener implements TaskListener {

  private final EvaluationService evaluations;

  OpinionCompletedListener(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(EvaluationSteps.VAR_INSPECTION_OPINION) instanceof String opinion) || opinion.isBlank()) {
      throw new NotValidException("Trường \"Ý kiến của Ủy ban Kiểm tra\" là bắt buộc");
    }
    evaluations.stepCompleted(EvaluationSteps.evaluationId(task), "OPINION", null, opinion, EvaluationSteps.author(task),
        EvaluationStatus.DECISION);
  }
}
