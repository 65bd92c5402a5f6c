package vn.dondoc.directive.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.followup.process.BranchFollowUp;
import vn.dondoc.organization.process.OrganizationProcessVariables;

/**
 * Task_StartFollowUps (asynchronous, after the signature's transaction): one {@code branch-follow-up}
 * instance per recipient. Each is its own top-level instance, in its commune's tenant, whose first
 * step is asynchronous too, so starting them only writes a few rows each, and the job executor then
 * registers thousands of follow-ups in parallel without contending on a shared parent execution —
 * which a multi-instance call activity of that size did.
 */
@Component
class StartFollowUpsDelegate implements JavaDelegate {

  private final FollowUpRepository followUps;
  private final RuntimeService runtime;

  StartFollowUpsDelegate(FollowUpRepository followUps, RuntimeService runtime) {
    this.followUps = followUps;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long directiveId = ((Number) execution.getVariable(DirectiveIssuance.VAR_DIRECTIVE_ID)).longValue();
    Map<Long, String> started = new LinkedHashMap<>();
    for (FollowUp followUp : followUps.ofDirective(directiveId)) {
      if (followUp.processInstanceId() == null && followUp.withdrawnAt() == null) {
        started.put(followUp.id(), runtime.startProcessInstanceByKey(BranchFollowUp.KEY,
            "CV-" + directiveId + "-" + followUp.organizationCode(),
            Map.of(BranchFollowUp.VAR_DIRECTIVE_ID, directiveId, BranchFollowUp.VAR_FOLLOW_UP_ID, followUp.id(),
                OrganizationProcessVariables.ORGANIZATION_CODE, followUp.organizationCode())).getId());
      }
    }
    followUps.attachProcesses(started);
  }
}
