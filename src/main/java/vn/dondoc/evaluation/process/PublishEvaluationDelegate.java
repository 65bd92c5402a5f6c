package vn.dondoc.evaluation.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.EvaluationService;

/** Task_Publish: the ratings are published; self-assessments still open end unanswered. */
@Component
class PublishEvaluationDelegate implements JavaDelegate {

  private final EvaluationService evaluations;
  private final RuntimeService runtime;

  PublishEvaluationDelegate(EvaluationService evaluations, RuntimeService runtime) {
    this.evaluations = evaluations;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long evaluationId = EvaluationSteps.evaluationId(execution);
    evaluations.publish(evaluationId);
    runtime.createMessageCorrelation(SelfAssessment.MESSAGE_PUBLISHED)
        .processInstanceVariableEquals(EvaluationSteps.VAR_EVALUATION_ID, evaluationId)
        .correlateAllWithResult();
  }
}
