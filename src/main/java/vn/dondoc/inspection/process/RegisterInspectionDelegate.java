package vn.dondoc.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;
import vn.dondoc.inspection.Inspection;
import vn.dondoc.organization.process.OrganizationProcessVariables;

/**
 * Task_Register: however the inspection started — {@code POST /api/inspections}, or the message
 * {@code InspectionRequested} from a supervision or the selection — its row is written here, in the
 * start's transaction, and the instance gets what its tasks name.
 */
@Component
class RegisterInspectionDelegate implements JavaDelegate {

  private final InspectionContext context;

  RegisterInspectionDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inspection inspection = TaskInput.checked(() -> context.service().register(
        InspectionContext.text(execution, OrganizationProcessVariables.ORGANIZATION_CODE),
        InspectionContext.text(execution, InspectionFlow.VAR_ORIGIN),
        InspectionContext.text(execution, InspectionFlow.VAR_ORIGIN_REF),
        InspectionContext.text(execution, InspectionFlow.VAR_REQUESTED_BY),
        execution.getProcessInstanceId()));
    execution.setVariable(InspectionFlow.VAR_INSPECTION_ID, inspection.id());
    execution.setVariable(InspectionFlow.VAR_SCOPE_CODE, inspection.scopeCode());
    execution.setVariable(InspectionFlow.VAR_ORGANIZATION_NAME, inspection.organizationName());
    execution.setVariable(InspectionFlow.VAR_REFERENCE, inspection.reference());
    execution.setProcessBusinessKey(inspection.reference());
  }
}
