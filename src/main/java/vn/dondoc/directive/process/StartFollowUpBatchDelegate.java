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
 * Task_StartBatch of {@code follow-up-batch}: one {@code branch-follow-up} per follow-up of the batch,
 * each its own top-level instance in its commune's tenant, run in this transaction up to its first
 * task (the responsible person is named and told). Follow-ups withdrawn meanwhile are skipped.
 */
@Component
class StartFollowUpBatchDelegate implements JavaDelegate {

  private final FollowUpRepository followUps;
  private final RuntimeService runtime;

  StartFollowUpBatchDelegate(FollowUpRepository followUps, RuntimeService runtime) {
    this.followUps = followUps;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long directiveId = number(execution, DirectiveIssuance.VAR_DIRECTIVE_ID);
    Map<Long, String> started = new LinkedHashMap<>();
    for (FollowUp followUp : followUps.unstarted(directiveId, number(execution, FollowUpBatch.VAR_FROM_ID),
        number(execution, FollowUpBatch.VAR_TO_ID))) {
      started.put(followUp.id(), runtime.startProcessInstanceByKey(BranchFollowUp.KEY,
          "CV-" + directiveId + "-" + followUp.organizationCode(),
          Map.of(BranchFollowUp.VAR_FOLLOW_UP_ID, followUp.id(),
              OrganizationProcessVariables.ORGANIZATION_CODE, followUp.organizationCode())).getId());
    }
    followUps.attachProcesses(started);
  }

  private static long number(DelegateExecution execution, String name) {
    return ((Number) execution.getVariable(name)).longValue();
  }
}
