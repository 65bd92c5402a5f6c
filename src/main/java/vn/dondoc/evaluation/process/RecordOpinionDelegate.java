package vn.dondoc.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.EvaluationService;
import vn.dondoc.evaluation.EvaluationStatus;
import vn.dondoc.platform.engine.TaskInput;

/**
 * Task_RecordOpinion: the inspection committee's opinion (required) is recorded; the standing
 * committee is next. Runs in the transaction completing the opinion task, so a missing opinion
 * refuses the completion itself.
 */
@Component
class RecordOpinionDelegate implements JavaDelegate {

  private final EvaluationService evaluations;

  RecordOpinionDelegate(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!(execution.getVariable(EvaluationSteps.VAR_INSPECTION_OPINION) instanceof String opinion) || opinion.isBlank()) {
      throw TaskInput.refused(EvaluationSteps.VAR_INSPECTION_OPINION, "Trường \"Ý kiến của Ủy ban Kiểm tra\" là bắt buộc");
    }
    evaluations.stepCompleted(EvaluationSteps.evaluationId(execution), "OPINION", null, opinion,
        EvaluationSteps.author(execution), EvaluationStatus.DECISION);
  }
}
