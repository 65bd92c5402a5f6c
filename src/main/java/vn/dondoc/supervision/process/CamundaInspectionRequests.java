package vn.dondoc.supervision.process;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.dondoc.supervision.InspectionRequests;

/** Starts an inspection by its start message, in the caller's transaction. */
@Component
class CamundaInspectionRequests implements InspectionRequests {

  private final RuntimeService runtime;

  CamundaInspectionRequests(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void request(String organizationCode, Origin origin, String originRef, String requestedBy) {
    try {
      runtime.createMessageCorrelation(InspectionRequested.MESSAGE)
          .setVariables(Map.of(InspectionRequested.VAR_ORGANIZATION_CODE, organizationCode,
              InspectionRequested.VAR_ORIGIN, origin.name(),
              InspectionRequested.VAR_ORIGIN_REF, originRef,
              InspectionRequested.VAR_REQUESTED_BY, requestedBy))
          .correlateStartMessage();
    } catch (MismatchingMessageCorrelationException noInspectionProcess) {
      throw new IllegalStateException("Chưa triển khai quy trình kiểm tra (thông điệp " + InspectionRequested.MESSAGE
          + "): không đề nghị kiểm tra " + organizationCode + " được", noInspectionProcess);
    }
  }
}
