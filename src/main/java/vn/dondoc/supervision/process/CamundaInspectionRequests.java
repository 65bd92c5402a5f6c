package vn.dondoc.supervision.process;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.dondoc.inspection.Origin;
import vn.dondoc.inspection.process.InspectionFlow;
import vn.dondoc.organization.process.OrganizationProcessVariables;
import vn.dondoc.supervision.InspectionRequests;

/** Starts an inspection by its start message (names from {@link InspectionFlow}), in the caller's transaction. */
@Component
class CamundaInspectionRequests implements InspectionRequests {

  private final RuntimeService runtime;

  CamundaInspectionRequests(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void request(String organizationCode, Origin origin, String originRef, String requestedBy) {
    try {
      runtime.createMessageCorrelation(InspectionFlow.MESSAGE_REQUESTED)
          .setVariables(Map.of(OrganizationProcessVariables.ORGANIZATION_CODE, organizationCode,
              InspectionFlow.VAR_ORIGIN, origin.name(),
              InspectionFlow.VAR_ORIGIN_REF, originRef,
              InspectionFlow.VAR_REQUESTED_BY, requestedBy))
          .correlateStartMessage();
    } catch (MismatchingMessageCorrelationException noInspectionProcess) {
      throw new IllegalStateException("Chưa triển khai quy trình kiểm tra (thông điệp " + InspectionFlow.MESSAGE_REQUESTED
          + "): không đề nghị kiểm tra " + organizationCode + " được", noInspectionProcess);
    }
  }
}
