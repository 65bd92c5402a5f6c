package vn.dondoc.evaluation.process;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.EvaluationScoring;
import vn.dondoc.evaluation.EvaluationScoring.ScoredRating;
import vn.dondoc.evaluation.EvaluationService;
import vn.dondoc.organization.process.OrganizationProcessVariables;
import vn.dondoc.platform.time.VietnameseFormat;

/**
 * Task_ScoreBatch of {@code evaluation-batch}: scores the batch's organisations and starts each one's
 * {@code evaluation-self-assessment} (its own instance in its commune's tenant) up to the task of
 * its secretary, in this transaction.
 */
@Component
class ScoreEvaluationBatchDelegate implements JavaDelegate {

  private final EvaluationScoring scoring;
  private final EvaluationService evaluations;
  private final RuntimeService runtime;

  ScoreEvaluationBatchDelegate(EvaluationScoring scoring, EvaluationService evaluations, RuntimeService runtime) {
    this.scoring = scoring;
    this.evaluations = evaluations;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long evaluationId = EvaluationSteps.evaluationId(execution);
    Map<Long, String> started = new LinkedHashMap<>();
    for (ScoredRating rating : scoring.score(evaluationId, number(execution, EvaluationBatch.VAR_FROM_ID),
        number(execution, EvaluationBatch.VAR_TO_ID))) {
      Map<String, Object> variables = new HashMap<>();
      variables.put(EvaluationSteps.VAR_EVALUATION_ID, evaluationId);
      variables.put(SelfAssessment.VAR_RATING_ID, rating.ratingId());
      variables.put(OrganizationProcessVariables.ORGANIZATION_CODE, rating.organizationCode());
      variables.put(SelfAssessment.VAR_ORGANIZATION_NAME, rating.organizationName());
      variables.put(EvaluationSteps.VAR_PERIOD_LABEL, execution.getVariable(EvaluationSteps.VAR_PERIOD_LABEL));
      variables.put(SelfAssessment.VAR_DATA_POINTS, VietnameseFormat.decimal(rating.dataPoints()) + "/"
          + VietnameseFormat.decimal(rating.dataMaximum()));
      variables.put(SelfAssessment.VAR_PROPOSED_BAND, rating.band().label());
      started.put(rating.ratingId(), runtime.startProcessInstanceByKey(SelfAssessment.KEY,
          EvaluationSteps.businessKey(evaluationId) + "-" + rating.organizationCode(), variables).getId());
    }
    evaluations.selfAssessmentsStarted(started);
  }

  private static long number(DelegateExecution execution, String name) {
    return ((Number) execution.getVariable(name)).longValue();
  }
}
