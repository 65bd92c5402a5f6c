package vn.dondoc.inspection.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.dondoc.inspection.InspectionProcess;
import vn.dondoc.inspection.Origin;
import vn.dondoc.organization.process.OrganizationProcessVariables;

@Component
class CamundaInspectionProcess implements InspectionProcess {

  private final RuntimeService runtime;

  CamundaInspectionProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public String start(String organizationCode, Origin origin, String originRef, String requestedBy) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(OrganizationProcessVariables.ORGANIZATION_CODE, organizationCode);
    variables.put(InspectionFlow.VAR_ORIGIN, origin.name());
    variables.put(InspectionFlow.VAR_ORIGIN_REF, originRef);
    variables.put(InspectionFlow.VAR_REQUESTED_BY, requestedBy);
    return runtime.startProcessInstanceByKey(InspectionFlow.KEY, variables).getId();
  }

  @Override
  public void timeLimitExtended(long inspectionId) {
    runtime.createMessageCorrelation(InspectionFlow.MESSAGE_EXTENDED)
        .processInstanceVariableEquals(InspectionFlow.VAR_INSPECTION_ID, inspectionId)
        .correlateAllWithResult();
  }
}
