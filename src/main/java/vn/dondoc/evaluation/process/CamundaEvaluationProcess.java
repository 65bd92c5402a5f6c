package vn.dondoc.evaluation.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.Evaluation;
import vn.dondoc.evaluation.EvaluationProcess;
import vn.dondoc.organization.process.OrganizationProcessVariables;

@Component
class CamundaEvaluationProcess implements EvaluationProcess {

  private final RuntimeService runtime;

  CamundaEvaluationProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public String start(Evaluation evaluation, String parentName) {
    return runtime.startProcessInstanceByKey(EvaluationSteps.KEY, EvaluationSteps.businessKey(evaluation.id()), Map.of(
        EvaluationSteps.VAR_EVALUATION_ID, evaluation.id(),
        OrganizationProcessVariables.ORGANIZATION_CODE, evaluation.parentCode(),
        EvaluationSteps.VAR_SCOPE_CODE, evaluation.scopeCode(),
        EvaluationSteps.VAR_PARENT_NAME, parentName,
        EvaluationSteps.VAR_PERIOD_LABEL, evaluation.period().label())).getId();
  }
}
