package vn.dondoc.evaluation.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.EvaluationScoring;
import vn.dondoc.organization.process.OrganizationProcessVariables;

/**
 * Task_PrepareRatings (asynchronous, after the start's transaction): one unscored rating per
 * organisation with its usage rates, then one {@code evaluation-batch} per
 * {@code dondoc.evaluation.batch-size} of them. The batches run in parallel on the job executor,
 * each in its own transaction, as the directive's fan-out does; the evaluation goes on to its
 * review at once.
 */
@Component
class PrepareRatingsDelegate implements JavaDelegate {

  private final EvaluationScoring scoring;
  private final RuntimeService runtime;
  private final int batchSize;

  PrepareRatingsDelegate(EvaluationScoring scoring, RuntimeService runtime,
      @Value("${dondoc.evaluation.batch-size}") int batchSize) {
    this.scoring = scoring;
    this.runtime = runtime;
    this.batchSize = batchSize;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long evaluationId = EvaluationSteps.evaluationId(execution);
    List<Long> ids = scoring.prepare(evaluationId);
    for (int from = 0; from < ids.size(); from += batchSize) {
      long fromId = ids.get(from);
      runtime.startProcessInstanceByKey(EvaluationBatch.KEY, EvaluationSteps.businessKey(evaluationId) + "-dot-" + fromId,
          Map.of(EvaluationSteps.VAR_EVALUATION_ID, evaluationId,
              EvaluationBatch.VAR_FROM_ID, fromId,
              EvaluationBatch.VAR_TO_ID, ids.get(Math.min(from + batchSize, ids.size()) - 1),
              EvaluationSteps.VAR_PERIOD_LABEL, execution.getVariable(EvaluationSteps.VAR_PERIOD_LABEL),
              OrganizationProcessVariables.ORGANIZATION_CODE, execution.getVariable(OrganizationProcessVariables.ORGANIZATION_CODE)));
    }
  }
}
