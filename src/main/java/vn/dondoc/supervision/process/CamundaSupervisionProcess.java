package vn.dondoc.supervision.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.dondoc.organization.process.OrganizationProcessVariables;
import vn.dondoc.supervision.Supervision;
import vn.dondoc.supervision.SupervisionProcess;

@Component
class CamundaSupervisionProcess implements SupervisionProcess {

  private final RuntimeService runtime;

  CamundaSupervisionProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public String start(Supervision supervision) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(SupervisionFlow.VAR_SUPERVISION_ID, supervision.id());
    variables.put(SupervisionFlow.VAR_KIND, supervision.kind().name());
    variables.put(SupervisionFlow.VAR_SCOPE_CODE, supervision.scopeCode());
    variables.put(SupervisionFlow.VAR_PERIOD, supervision.period());
    variables.put(SupervisionFlow.VAR_SUBJECT, supervision.subject());
    variables.put(OrganizationProcessVariables.ORGANIZATION_CODE, supervision.organizationCode());
    return runtime.createMessageCorrelation(SupervisionFlow.MESSAGE_STARTED).processInstanceBusinessKey(supervision.reference())
        .setVariables(variables).correlateStartMessage().getId();
  }
}
